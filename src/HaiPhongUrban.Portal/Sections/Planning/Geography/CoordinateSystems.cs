using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// Every coordinate system a boundary may be declared in: WGS84 degrees (<c>EPSG:4326</c>, GeoJSON's own,
/// longitude first) and every VN-2000 / TM-3 zone EPSG defines, which Vietnamese planning GIS uses.
/// Hải Phòng's own dossiers are in <c>EPSG:9210</c> (105°45′); the former Hải Dương's, merged into the
/// city in 2025, in <c>EPSG:9209</c> (105°30′). The zones and their areas are EPSG's, as PROJ 9.1's
/// <c>projinfo EPSG:92xx</c> gives them: all transverse Mercator on the WGS84-sized ellipsoid with scale
/// 0.9999, false easting 500 000 m, false northing 0, differing only in the central meridian.
/// </summary>
public static class CoordinateSystems
{
    public static readonly CoordinateSystem Wgs84 = new("EPSG:4326", "WGS 84", null, "World");

    /// <summary>The VN-2000 / TM-3 zones, west to east; EPSG:5896–5898 are the zones of 102°, 105° and 108° (the "481", "482", "491" of older dossiers).</summary>
    public static readonly IReadOnlyList<CoordinateSystem> Vn2000Zones =
    [
        Zone(5896, 102.00, "Vietnam - onshore west of 103°30'E", "VN-2000 / TM-3 zone 481"),
        Zone(9205, 103.00, "Dien Bien, Lai Chau"),
        Zone(9206, 104.00, "Son La"),
        Zone(9207, 104.50, "Ca Mau, Kien Giang"),
        Zone(9208, 104.75, "An Giang, Lao Cai, Nghe An, Phu Tho, Yen Bai"),
        Zone(5897, 105.00, "Vietnam - between 103°30'E and 106°30'E, onshore", "VN-2000 / TM-3 zone 482"),
        Zone(9209, 105.50, "Bac Ninh, Ha Giang, Ha Tinh, Hai Duong, Hung Yen, Nam Dinh, Soc Trang, Tay Ninh, Thai Binh, Tra Vinh, Vinh Long"),
        Zone(9210, 105.75, "Hai Phong, Ho Chi Minh City, Ben Tre, Binh Duong, Cao Bang, Long An, Tien Giang"),
        Zone(9211, 106.00, "Hoa Binh, Quang Binh, Tuyen Quang"),
        Zone(9212, 106.25, "Binh Phuoc, Quang Tri"),
        Zone(9213, 106.50, "Bac Kan, Thai Nguyen"),
        Zone(9214, 107.00, "Bac Giang, Thua Thien-Hue"),
        Zone(9215, 107.25, "Lang Son"),
        Zone(9216, 107.50, "Kon Tum"),
        Zone(5899, 107.75, "Quang Ninh, Da Nang, Quang Nam, Ba Ria-Vung Tau, Dong Nai, Lam Dong"),
        Zone(5898, 108.00, "Vietnam - onshore east of 106°30'E", "VN-2000 / TM-3 zone 491"),
        Zone(9217, 108.25, "Binh Dinh, Khanh Hoa, Ninh Thuan"),
        Zone(9218, 108.50, "Binh Thuan, Dak Lak, Dak Nong, Gia Lai, Phu Yen"),
    ];

    /// <summary>Hải Phòng's zone, the one a message suggests when metres were declared as degrees.</summary>
    public static readonly CoordinateSystem HaiPhong = Vn2000Zones.Single(z => z.Code == "EPSG:9210");

    /// <summary>The former Hải Dương's zone.</summary>
    public static readonly CoordinateSystem HaiDuong = Vn2000Zones.Single(z => z.Code == "EPSG:9209");

    public static readonly IReadOnlyList<CoordinateSystem> All = [Wgs84, .. Vn2000Zones];

    /// <summary>Every code, in the order of <see cref="All"/>, for the message that lists them.</summary>
    public static string SupportedCodes => string.Join(", ", All.Select(s => s.Code));

    /// <summary>
    /// The system a plan declares, written <c>EPSG:9210</c> (any case, spaces around it ignored); null when
    /// the code is not one of these. No other spelling is read: one way to write it is one way to check it.
    /// </summary>
    public static CoordinateSystem? Find(string? declared)
    {
        var code = declared?.Trim();
        return All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A zone named as EPSG names it: "VN-2000 / TM-3 105-45" from its meridian, unless EPSG gives another name.</summary>
    private static CoordinateSystem Zone(int epsg, double centralMeridian, string area, string? name = null)
    {
        var degrees = (int)centralMeridian;
        var minutes = (int)Math.Round((centralMeridian - degrees) * 60);
        return new(string.Create(CultureInfo.InvariantCulture, $"EPSG:{epsg}"),
            name ?? string.Create(CultureInfo.InvariantCulture, $"VN-2000 / TM-3 {degrees}-{minutes:00}"), centralMeridian, area);
    }
}
