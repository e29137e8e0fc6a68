namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>
/// What a section's numbered items are. Items of a kind get a page of their own at
/// <c>/ket-luan/&lt;id&gt;/</c>; the wire names are the ones written in <c>ket-luan.yml</c> and used as
/// keys of <c>kinds</c> in the theme's strings.
/// </summary>
public enum ItemKind
{
    Result,
    Limitation,
    TaskGroup,
    Implementation,
}

public static class ItemKinds
{
    public static readonly IReadOnlyDictionary<string, ItemKind> ByName = new Dictionary<string, ItemKind>(StringComparer.Ordinal)
    {
        ["result"] = ItemKind.Result,
        ["limitation"] = ItemKind.Limitation,
        ["task-group"] = ItemKind.TaskGroup,
        ["implementation"] = ItemKind.Implementation,
    };

    public static string Name(this ItemKind kind) => ByName.First(pair => pair.Value == kind).Key;
}
