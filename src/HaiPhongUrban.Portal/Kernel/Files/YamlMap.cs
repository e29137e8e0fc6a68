using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Urls;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>
/// Reads the fields of one YAML mapping, reporting every missing, empty, mistyped or unknown field
/// at its own line and column. Loaders read content through this and never touch YamlDotNet nodes
/// themselves, so that every content file is checked the same way.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _diagnostics;
    private readonly int _lineOffset;

    private YamlMap(YamlMappingNode node, string path, DiagnosticBag diagnostics, int lineOffset)
    {
        _node = node;
        Path = path;
        _diagnostics = diagnostics;
        _lineOffset = lineOffset;
    }

    public string Path { get; }

    public SourceLocation Location => At(_node);

    /// <summary>The node as a mapping, or an error saying that one was expected (<paramref name="what"/> names it).</summary>
    public static YamlMap? From(YamlNode? node, string path, DiagnosticBag diagnostics, string what, int lineOffset = 0)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, path, diagnostics, lineOffset);
        }

        diagnostics.Error(ParseYaml.LocationOf(path, node, lineOffset), Messages.YamlExpectedMapping, what);
        return null;
    }

    /// <summary>Every entry of a top-level list of mappings (files such as van-ban.yml).</summary>
    public static IReadOnlyList<YamlMap> ListFrom(YamlNode? node, string path, DiagnosticBag diagnostics, string what)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(ParseYaml.LocationOf(path, node), Messages.YamlExpectedList, what);
            return [];
        }

        return sequence.Children
            .Select(child => From(child, path, diagnostics, what))
            .OfType<YamlMap>()
            .ToList();
    }

    public bool Has(string key) => Find(key) is not null;

    /// <summary>The mapping's keys in file order, for mappings keyed by data (a language code) rather than by field name.</summary>
    public IReadOnlyList<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList();

    public SourceLocation LocationOf(string key) => Find(key) is { } entry ? At(entry.Key) : Location;

    /// <summary>The value's own location (where the text starts), or the mapping's when the key is absent.</summary>
    public SourceLocation ValueLocationOf(string key) => Find(key) is { } entry ? At(entry.Value) : Location;

    /// <summary>A text field. Missing or empty required fields are errors; an absent optional one is null.</summary>
    public string? Text(string key, bool required)
    {
        var entry = Find(key);
        if (entry is null)
        {
            if (required)
            {
                _diagnostics.Error(Location, Messages.FieldMissing, key);
            }

            return null;
        }

        if (entry.Value.Value is not YamlScalarNode scalar)
        {
            _diagnostics.Error(At(entry.Value.Value), Messages.YamlExpectedText, key);
            return null;
        }

        var value = scalar.Value ?? string.Empty;
        if (required && value.Length == 0)
        {
            _diagnostics.Error(At(entry.Value.Key), Messages.FieldEmpty, key);
            return null;
        }

        return value;
    }

    /// <summary>A list of short texts, written either as <c>[a, b]</c> or as lines starting with '- '.</summary>
    public IReadOnlyList<Located<string>> Texts(string key, bool required = false)
    {
        var sequence = Sequence(key, required);
        if (sequence is null)
        {
            return [];
        }

        var values = new List<Located<string>>();
        foreach (var child in sequence.Children)
        {
            if (child is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add(new Located<string>(value, At(child)));
            }
            else
            {
                _diagnostics.Error(At(child), Messages.YamlExpectedText, key);
            }
        }

        return values;
    }

    /// <summary>
    /// A list whose items are each a short text or a mapping, as Table Schema's <c>categories</c> are
    /// (values alone, or <c>{value, label}</c>); an item that is neither is reported and left out.
    /// </summary>
    public IReadOnlyList<YamlItem> TextsOrMaps(string key)
    {
        var sequence = Sequence(key, required: false);
        if (sequence is null)
        {
            return [];
        }

        var items = new List<YamlItem>();
        foreach (var child in sequence.Children)
        {
            switch (child)
            {
                case YamlScalarNode { Value: { Length: > 0 } value }:
                    items.Add(new YamlItem(new Located<string>(value, At(child)), null));
                    break;
                case YamlMappingNode:
                    items.Add(new YamlItem(null, From(child, Path, _diagnostics, key, _lineOffset)));
                    break;
                default:
                    _diagnostics.Error(At(child), Messages.YamlExpectedText, key);
                    break;
            }
        }

        return items;
    }

    /// <summary>One short text or a list of them (<c>primary_key: id</c> or <c>primary_key: [a, b]</c>).</summary>
    public IReadOnlyList<Located<string>> OneOrMore(string key)
    {
        if (Find(key) is { Value: YamlScalarNode { Value: { Length: > 0 } value } node })
        {
            return [new Located<string>(value, At(node))];
        }

        return Texts(key);
    }

    /// <summary>A yes/no field written <c>true</c> or <c>false</c>; absent means false.</summary>
    public bool Flag(string key)
    {
        var text = Text(key, required: false);
        switch (text)
        {
            case null or "" or "false":
                return false;
            case "true":
                return true;
            default:
                _diagnostics.Error(ValueLocationOf(key), Messages.FlagInvalid, key, text);
                return false;
        }
    }

    /// <summary>A list of mappings under <paramref name="key"/>.</summary>
    public IReadOnlyList<YamlMap> Maps(string key, bool required)
    {
        var sequence = Sequence(key, required);
        return sequence is null
            ? []
            : sequence.Children.Select(c => From(c, Path, _diagnostics, key, _lineOffset)).OfType<YamlMap>().ToList();
    }

    /// <summary>A nested mapping under <paramref name="key"/>.</summary>
    public YamlMap? Map(string key, bool required)
    {
        var entry = Find(key);
        if (entry is null)
        {
            if (required)
            {
                _diagnostics.Error(Location, Messages.FieldMissing, key);
            }

            return null;
        }

        return From(entry.Value.Value, Path, _diagnostics, key, _lineOffset);
    }

    /// <summary>A date written year-month-day; empty means "the text gives none" and is null, which only an optional date may be (and only its message offers it).</summary>
    public DateOnly? Date(string key, bool required)
    {
        var text = Text(key, required);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Error(ValueLocationOf(key), required ? Messages.RequiredDateInvalid : Messages.DateInvalid, text);
        return null;
    }

    /// <summary>A date together with where it is written, for checks that compare dates.</summary>
    public Located<DateOnly?> LocatedDate(string key, bool required) => new(Date(key, required), ValueLocationOf(key));

    /// <summary>A text together with where it is written; empty when absent.</summary>
    public Located<string> LocatedText(string key, bool required) => new(Text(key, required) ?? string.Empty, ValueLocationOf(key));

    /// <summary>
    /// An address (a link the pages show): text that passes <see cref="ContentUrl"/>'s check, reported at
    /// the value otherwise and then empty, so no page links to it.
    /// </summary>
    public string Address(string key, bool required)
    {
        var text = Text(key, required) ?? string.Empty;
        if (ContentUrl.IsAllowed(text))
        {
            return text;
        }

        _diagnostics.Error(ValueLocationOf(key), Messages.UnsafeLink, text);
        return string.Empty;
    }

    /// <summary>Reports every key that is not one of <paramref name="known"/>: a typo must not pass silently.</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                _diagnostics.Error(At(key), Messages.FieldUnknown, name, string.Join(", ", known));
            }
        }
    }

    private YamlSequenceNode? Sequence(string key, bool required)
    {
        var entry = Find(key);
        if (entry is null)
        {
            if (required)
            {
                _diagnostics.Error(Location, Messages.FieldMissing, key);
            }

            return null;
        }

        if (entry.Value.Value is YamlSequenceNode sequence)
        {
            if (required && sequence.Children.Count == 0)
            {
                _diagnostics.Error(At(entry.Value.Key), Messages.FieldEmpty, key);
            }

            return sequence;
        }

        // `key:` with nothing after it is an empty list: fine for an optional list, missing for a required one.
        if (entry.Value.Value is YamlScalarNode { Value: null or "" })
        {
            if (required)
            {
                _diagnostics.Error(At(entry.Value.Key), Messages.FieldEmpty, key);
                return null;
            }

            return new YamlSequenceNode();
        }

        _diagnostics.Error(At(entry.Value.Value), Messages.YamlExpectedList, key);
        return null;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return pair;
            }
        }

        return null;
    }

    private SourceLocation At(YamlNode node) => ParseYaml.LocationOf(Path, node, _lineOffset);
}

/// <summary>One item of a list read by <see cref="YamlMap.TextsOrMaps"/>: exactly one of the two is set.</summary>
public sealed record YamlItem(Located<string>? Text, YamlMap? Map);
