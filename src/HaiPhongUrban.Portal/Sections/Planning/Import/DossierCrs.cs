using System.Globalization;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// The coordinate reference system a dossier's <c>Hệ tọa độ</c> names, only when it names one without
/// doubt: an EPSG code, or VN-2000 with the central meridian of one of the city's two TM-3 zones (105°45′,
/// Hải Phòng: EPSG:9210; 105°30′, the former Hải Dương: EPSG:9209). Anything else (UTM, a 6° zone, two
/// meridians, none) gives null: a boundary in the wrong system is drawn hundreds of metres off.
/// </summary>
public static partial class DossierCrs
{
    public static readonly IReadOnlyDictionary<int, string> Vn2000Meridians = new Dictionary<int, string>
    {
        [45] = "EPSG:9210",
        [30] = "EPSG:9209",
    };

    /// <summary>True when <paramref name="code"/> is written as <c>EPSG:</c> and a number, as plan.yml wants it.</summary>
    public static bool IsEpsgCode(string code) => EpsgOption().IsMatch(code);

    public static string? FromWording(string wording)
    {
        var epsg = EpsgCode().Matches(wording).Select(m => "EPSG:" + m.Groups[1].Value).Distinct().ToList();
        if (epsg.Count > 0)
        {
            return epsg.Count == 1 ? epsg[0] : null;
        }

        if (!Vn2000().IsMatch(wording) || Utm().IsMatch(wording))
        {
            return null;
        }

        var zones = Meridian().Matches(wording).Select(MinutesOf).Distinct().ToList();
        return zones is [var minutes] && minutes is int known && Vn2000Meridians.TryGetValue(known, out var code) ? code : null;
    }

    /// <summary>The minutes of 105°45′ (45) or 105.75 (45); null for a meridian other than 105° and some minutes.</summary>
    private static int? MinutesOf(Match meridian)
    {
        if (meridian.Groups["degrees"].Value != "105")
        {
            return null;
        }

        if (meridian.Groups["minutes"].Success)
        {
            return int.Parse(meridian.Groups["minutes"].Value, CultureInfo.InvariantCulture);
        }

        return meridian.Groups["decimal"].Value switch
        {
            "75" => 45,
            "5" or "50" => 30,
            _ => null,
        };
    }

    [GeneratedRegex(@"^EPSG:\d{4,6}$")]
    private static partial Regex EpsgOption();

    [GeneratedRegex(@"EPSG\s*[:：]?\s*(\d{4,6})", RegexOptions.IgnoreCase)]
    private static partial Regex EpsgCode();

    [GeneratedRegex(@"VN\s*-?\s*2000", RegexOptions.IgnoreCase)]
    private static partial Regex Vn2000();

    /// <summary>UTM or a 6° zone: VN-2000 / UTM 48N also has 105° as its meridian, with another scale.</summary>
    [GeneratedRegex(@"UTM|6\s*[°º˚o]|múi\s*6", RegexOptions.IgnoreCase)]
    private static partial Regex Utm();

    /// <summary>105°45′, 105° 45', 105o45, 105 độ 45 phút, or 105.75 / 105,75.</summary>
    [GeneratedRegex(@"\b(?<degrees>10[4-8])\s*(?:(?:[°º˚]|độ|o)\s*(?<minutes>\d{1,2})\s*(?:['′’]|phút)?|[.,](?<decimal>\d{1,2})\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Meridian();
}
