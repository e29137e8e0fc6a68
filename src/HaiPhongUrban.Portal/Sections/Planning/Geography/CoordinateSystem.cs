namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// A coordinate reference system a boundary file may be written in, as a plan declares it
/// (<c>crs: EPSG:9210</c>). Only the systems of <see cref="CoordinateSystems"/> exist: a dossier names
/// its zone, and the portal never guesses one, since a wrong zone moves a plan by tens of kilometres.
/// </summary>
/// <param name="Code">The EPSG code as staff write it, <c>EPSG:9210</c>.</param>
/// <param name="Name">EPSG's name, <c>VN-2000 / TM-3 105-45</c>.</param>
/// <param name="CentralMeridian">The zone's central meridian in degrees east; null for WGS84 degrees.</param>
/// <param name="Area">Where EPSG says the zone is used, so a message can help staff pick the right one.</param>
public sealed record CoordinateSystem(string Code, string Name, double? CentralMeridian, string Area)
{
    /// <summary>True for VN-2000 / TM-3 (easting, northing in metres); false for WGS84 (longitude, latitude in degrees).</summary>
    public bool IsProjected => CentralMeridian is not null;

    /// <summary>The unit of its coordinates, for messages: "m" or "°".</summary>
    public string Unit => IsProjected ? "m" : "°";
}
