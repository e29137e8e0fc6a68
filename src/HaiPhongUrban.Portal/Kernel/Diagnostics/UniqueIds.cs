using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>Checks that ids are well-formed slugs and that none is used twice within one namespace.</summary>
public sealed class UniqueIds(DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, SourceLocation> _seen = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => _seen.Keys;

    public bool Contains(string id) => _seen.ContainsKey(id);

    /// <summary>Registers an id; an empty one was already reported as missing by the loader.</summary>
    public void Add(string id, SourceLocation location)
    {
        if (id.Length == 0)
        {
            return;
        }

        if (!Slug.IsValid(id))
        {
            diagnostics.Error(location, Messages.IdInvalid, id);
            return;
        }

        if (_seen.TryGetValue(id, out var first))
        {
            diagnostics.Error(location, first, Messages.IdDuplicate, id);
            return;
        }

        _seen[id] = location;
    }
}
