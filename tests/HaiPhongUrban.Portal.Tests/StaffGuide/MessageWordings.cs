using HaiPhongUrban.Portal.Tests.Support;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.StaffGuide;

/// <summary>
/// Every message of the portal (the kernel's Messages.cs and each section's own, such as PlanningMessages),
/// and whether src raises it as an error or a warning, so that what the guide quotes can be held to what
/// validate really says. A message is named as src names it: <c>FieldMissing</c>, <c>PlanningMessages.PlanCycle</c>.
/// </summary>
public static partial class MessageWordings
{
    public static readonly IReadOnlyList<(string Name, Message Message)> All = typeof(Messages).Assembly.GetTypes()
        .Where(t => t.IsClass && t.IsAbstract && t.IsSealed)
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Message)))
        .Select(f => (NameOf(f.DeclaringType!.Name, f.Name), (Message)f.GetValue(null)!))
        .OrderBy(m => m.Item1, StringComparer.Ordinal)
        .ToList();

    private static string NameOf(string type, string field) => type == nameof(Messages) ? field : $"{type}.{field}";

    /// <summary>
    /// "error" and/or "warning" for each message src passes straight to <c>.Error(</c> or <c>.Warning(</c>;
    /// a message raised another way (through a variable) is absent, and its severity is not checked.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Severities = ScanSource();

    /// <summary>
    /// The messages a quote can be. Either the quote is the wording with its placeholders filled in
    /// (<c>Cột 'date' có giá trị '2027-02-30', …</c> as printed), or the wording with each placeholder and
    /// any left-out part written <c>…</c>.
    /// </summary>
    public static IEnumerable<string> Matching(string quote)
    {
        var abbreviated = new Regex("^" + string.Join(".*", quote.Split('…').Select(Regex.Escape)) + "$", RegexOptions.Singleline);
        return All
            .Where(m => new[] { m.Message.Vietnamese, m.Message.English }.Any(wording =>
                abbreviated.IsMatch(Unescape(Placeholder().Replace(wording, "…"))) || Filled(wording).IsMatch(quote)))
            .Select(m => m.Name);
    }

    /// <summary>The longest run of a quote's own words (between '…'), so that a quote of '…' alone says nothing.</summary>
    public static int LongestLiteral(string quote) => quote.Split('…').Max(part => part.Length);

    private static Regex Filled(string wording) =>
        new("^" + string.Join("(.+)", Placeholder().Split(wording).Select(part => Regex.Escape(Unescape(part)))) + "$", RegexOptions.Singleline);

    private static string Unescape(string wording) => wording.Replace("{{", "{").Replace("}}", "}");

    private static Dictionary<string, IReadOnlySet<string>> ScanSource()
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match call in Raise().Matches(File.ReadAllText(file)))
            {
                foreach (Match name in MessageName().Matches(call.Groups[2].Value))
                {
                    var key = NameOf(name.Groups[1].Value, name.Groups[2].Value);
                    (found.TryGetValue(key, out var set) ? set : found[key] = []).Add(call.Groups[1].Value.ToLowerInvariant());
                }
            }
        }

        return found.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.(Error|Warning)\(([^;]*)")]
    private static partial Regex Raise();

    [GeneratedRegex(@"\b(\w*Messages)\.(\w+)")]
    private static partial Regex MessageName();
}
