using HaiPhongUrban.Portal.Kernel.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>
/// Stands between YamlDotNet's parser and its node tree, refusing what content never needs and what
/// could bring the build down before YamlDotNet builds a single node:
/// <list type="bullet">
/// <item>nesting deeper than <see cref="MaxDepth"/>: the node tree is built by recursion, so 100,000
/// <c>[</c> would overflow the stack and kill the process, which no <c>catch</c> can stop;</item>
/// <item>anchors and aliases (<c>&amp;a</c>, <c>*a</c>): a node that contains itself, or aliases that
/// double at each level, make hashing and printing a key run forever; and a value shared by an alias
/// has no line of its own to report;</item>
/// <item>tags (<c>!x</c>): content has no use for them, and <c>title: !quan-trong</c> would silently
/// be an empty title;</item>
/// <item>a second document after <c>---</c>, which would otherwise be dropped without a word;</item>
/// <item>a scalar whose escapes (<c>"\uFFFE"</c>) make a character no published file can hold (<see cref="UnwritableCharacters"/>).</item>
/// </list>
/// Events are checked one at a time as YamlDotNet pulls them (the parser itself does not recurse).
/// </summary>
internal sealed class YamlEventGuard(IParser inner) : IParser
{
    /// <summary>Far above the deepest content file (ket-luan.yml nests about a dozen levels), far below a stack overflow.</summary>
    public const int MaxDepth = 64;

    private int _depth;
    private int _documents;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read ended: the last place known good, should YamlDotNet itself fail after it.</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        LastGood = inner.Current!.End;
        switch (inner.Current)
        {
            case DocumentStart start when ++_documents > 1:
                throw new Refused(start.Start, Messages.YamlSecondDocument);
            case AnchorAlias alias:
                throw new Refused(alias.Start, Messages.YamlAnchor, "*" + alias.Value);
            case NodeEvent { Anchor.IsEmpty: false } node:
                throw new Refused(node.Start, Messages.YamlAnchor, "&" + node.Anchor);
            case NodeEvent { Tag.IsEmpty: false } node:
                throw new Refused(node.Start, Messages.YamlTag, node.Tag.ToString());
            case SequenceStart or MappingStart when ++_depth > MaxDepth:
                throw new Refused(inner.Current.Start, Messages.YamlTooDeep, MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
            // The file's text was checked as it was read; a double-quoted "\uFFFE" or "\uD800" makes one from letters.
            case Scalar scalar when UnwritableCharacters.IndexIn(scalar.Value) is var at and >= 0:
                throw new Refused(scalar.Start, Messages.UnwritableCharacter, UnwritableCharacters.CodeAt(scalar.Value, at));
        }

        return true;
    }

    /// <summary>A refusal of ours, carrying the message to report rather than YamlDotNet's English wording.</summary>
    internal sealed class Refused(Mark at, Message message, params string[] arguments) : YamlException(at, at, message.Code)
    {
        public Message Reason { get; } = message;

        public IReadOnlyList<string> Arguments { get; } = arguments;
    }
}
