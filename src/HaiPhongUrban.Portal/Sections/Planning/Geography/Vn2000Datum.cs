using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// VN-2000's datum and its shift to WGS84, as Decision 05/2007/QĐ-BTNMT publishes it and EPSG records it
/// ("VN-2000 to WGS 84 (2)", the transformation PROJ 9 chooses for onshore Vietnam). EPSG gives the
/// rotations in the coordinate-frame convention (−0.00928836″, +0.01975479″, −0.00427372″), while a WKT1
/// TOWGS84 clause, and ProjNET with it, reads them as position-vector rotations: the signs are flipped here,
/// exactly as PROJ's own <c>+towgs84=</c> for EPSG:9210 writes them. Getting a sign wrong moves a point in
/// Hải Phòng by about 0.75 m; leaving the shift out, by about 224 m.
/// </summary>
public static class Vn2000Datum
{
    /// <summary>Translations in metres (X, Y, Z, geocentric).</summary>
    public const double Dx = -191.90441429, Dy = -39.30318279, Dz = -111.45032835;

    /// <summary>Rotations in arc-seconds, position-vector convention (EPSG's coordinate-frame values negated).</summary>
    public const double Rx = 0.00928836, Ry = -0.01975479, Rz = 0.00427372;

    /// <summary>Scale difference in parts per million.</summary>
    public const double Ppm = 0.252906278;

    /// <summary>The ellipsoid VN-2000 is defined on: WGS84's size and flattening.</summary>
    public const double SemiMajorAxis = 6378137, InverseFlattening = 298.257223563;

    /// <summary>TM-3's constants, the same for every zone.</summary>
    public const double ScaleFactor = 0.9999, FalseEasting = 500000, FalseNorthing = 0;

    /// <summary>
    /// The zone as WKT1 (the form ProjNET reads), with its TOWGS84 clause so that ProjNET applies the datum
    /// shift on the way to and from WGS84 instead of only the projection.
    /// </summary>
    public static string Wkt(CoordinateSystem zone) => string.Create(CultureInfo.InvariantCulture,
        $"""
        PROJCS["{zone.Name}",
          GEOGCS["VN-2000",
            DATUM["Vietnam_2000",
              SPHEROID["WGS 84",{SemiMajorAxis:R},{InverseFlattening:R}],
              TOWGS84[{Dx:R},{Dy:R},{Dz:R},{Rx:R},{Ry:R},{Rz:R},{Ppm:R}]],
            PRIMEM["Greenwich",0],
            UNIT["degree",0.0174532925199433]],
          PROJECTION["Transverse_Mercator"],
          PARAMETER["latitude_of_origin",0],
          PARAMETER["central_meridian",{zone.CentralMeridian:R}],
          PARAMETER["scale_factor",{ScaleFactor:R}],
          PARAMETER["false_easting",{FalseEasting:R}],
          PARAMETER["false_northing",{FalseNorthing:R}],
          UNIT["metre",1],
          AXIS["Easting",EAST],
          AXIS["Northing",NORTH],
          AUTHORITY["EPSG","{zone.Code["EPSG:".Length..]}"]]
        """);
}
