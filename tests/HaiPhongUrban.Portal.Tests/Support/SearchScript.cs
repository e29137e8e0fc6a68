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

    private readonly bool _sharded;

    public SearchScript(string coreScript, string indexJson)
    {
        _engine.Execute(coreScript);
        _engine.SetValue("indexJson", indexJson);
        _engine.Execute("var prepared = PortalSearch.prepare(indexJson);");
    }

    /// <summary>
    /// The script over a published, sharded index: its manifest and a reader of the files it names by URL,
    /// taken through begin() and resume() as search.js takes them, reading where the page would fetch.
    /// </summary>
    public SearchScript(string coreScript, string manifestJson, Func<string, string> readFile)
    {
        _sharded = true;
        _engine.Execute(coreScript);
        _engine.SetValue("manifest", _engine.Evaluate("JSON.parse").Call(manifestJson));
        _engine.SetValue("readFile", readFile);
        _engine.Execute("""
            var fileCache = {};
            var fetched = [];
            function shardedSearch(query) {
              var step = PortalSearch.begin(manifest, query);
              while (!step.done) {
                var files = {};
                step.need.forEach(function (url) {
                  if (!fileCache.hasOwnProperty(url)) { fileCache[url] = JSON.parse(readFile(url)); }
                  fetched.push(url);
                  files[url] = fileCache[url];
                });
                step = step.resume(files);
              }
              return step;
            }
            """);
    }

    /// <summary>The script as a theme ships it, over an index written inline by a test.</summary>
    public static SearchScript OverEntries(params object[] entries) =>
        new(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search-core.js")), JsonSerializer.Serialize(new { version = 1, entries }));

    public IReadOnlyList<Found> Search(string query)
    {
        _engine.SetValue("query", query);
        var json = _engine.Evaluate(_sharded ? "JSON.stringify(shardedSearch(query).results)" : "JSON.stringify(PortalSearch.search(prepared, query))").AsString();
        return JsonSerializer.Deserialize<List<Found>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>For a sharded index: how many entries match in all, and the URLs of the files the query read.</summary>
    public (int Total, IReadOnlyList<string> Files) Sharded(string query)
    {
        _engine.SetValue("query", query);
        _engine.Execute("fetched = [];");
        var total = (int)_engine.Evaluate("shardedSearch(query).total").AsNumber();
        var files = JsonSerializer.Deserialize<List<string>>(_engine.Evaluate("JSON.stringify(fetched)").AsString())!;
        return (total, files);
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
