using System.Text.Json;
using Jint;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// The portal's own search script (search-core.js) run in Jint, a JavaScript interpreter, over an
/// index: the same code the browser runs, so that ranking is tested in C# without a second copy.
/// </summary>
public sealed class SearchScript
{
    private readonly Engine _engine = new(options => options.Strict());

    public SearchScript(string coreScript, string indexJson)
    {
        _engine.Execute(coreScript);
        _engine.SetValue("indexJson", indexJson);
        _engine.Execute("var prepared = PortalSearch.prepare(indexJson);");
    }

    /// <summary>The script as a theme ships it, over an index written inline by a test.</summary>
    public static SearchScript OverEntries(params object[] entries) =>
        new(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search-core.js")), JsonSerializer.Serialize(new { version = 1, entries }));

    public IReadOnlyList<Found> Search(string query)
    {
        _engine.SetValue("query", query);
        var json = _engine.Evaluate("JSON.stringify(PortalSearch.search(prepared, query))").AsString();
        return JsonSerializer.Deserialize<List<Found>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public string Fold(string word)
    {
        _engine.SetValue("word", word);
        return _engine.Evaluate("PortalSearch.fold(word)").AsString();
    }

    public IReadOnlyList<string> Urls(string query) => Search(query).Select(r => r.Entry.Url).ToList();

    public sealed record Found(Entry Entry, double Score, Part Title, Part Context, Snippet Snippet);

    public sealed record Entry(string Kind, string Number, string Title, string Heading, string Text, string Url);

    public sealed record Part(string Text, IReadOnlyList<int[]> Marks)
    {
        /// <summary>The highlighted words, as the page shows them inside &lt;mark&gt;.</summary>
        public IReadOnlyList<string> Marked => Marks.Select(m => Text[m[0]..m[1]]).ToList();
    }

    public sealed record Snippet(string Text, IReadOnlyList<int[]> Marks, bool CutBefore, bool CutAfter)
    {
        public IReadOnlyList<string> Marked => Marks.Select(m => Text[m[0]..m[1]]).ToList();
    }
}
