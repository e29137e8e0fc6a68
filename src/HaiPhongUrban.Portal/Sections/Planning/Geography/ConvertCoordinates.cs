using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// Converts between a declared system and WGS84 degrees with ProjNET: transverse Mercator, then the
/// seven-parameter datum shift of <see cref="Vn2000Datum"/>. Tested against PROJ (cs2cs) to 0.05 m.
/// Axis order is always x first: easting, northing for VN-2000; longitude, latitude for WGS84, as GeoJSON
/// writes them. ProjNET's transforms keep no promise of thread safety and pages are planned in parallel,
/// so each call takes a lock; a conversion is microseconds, boundaries are hundreds of points.
/// </summary>
public sealed class ConvertCoordinates
{
    private readonly object _gate = new();
    private readonly MathTransform? _toWgs84;
    private readonly MathTransform? _fromWgs84;

    private ConvertCoordinates(CoordinateSystem system)
    {
        System = system;
        if (system.IsProjected)
        {
            var projected = new CoordinateSystemFactory().CreateFromWkt(Vn2000Datum.Wkt(system));
            var factory = new CoordinateTransformationFactory();
            _toWgs84 = factory.CreateFromCoordinateSystems(projected, GeographicCoordinateSystem.WGS84).MathTransform;
            _fromWgs84 = factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, projected).MathTransform;
        }
    }

    /// <summary>The system coordinates are converted from.</summary>
    public CoordinateSystem System { get; }

    /// <summary>One converter per system, built once (reading WKT and chaining ProjNET's steps is the slow part).</summary>
    private static readonly ConcurrentDictionary<string, ConvertCoordinates> Built = new(StringComparer.Ordinal);

    /// <summary>The converter for <paramref name="system"/>; for WGS84 itself every conversion returns its input.</summary>
    public static ConvertCoordinates For(CoordinateSystem system) => Built.GetOrAdd(system.Code, _ => new(system));

    /// <summary>A point of the declared system as WGS84 longitude and latitude in degrees.</summary>
    public (double Longitude, double Latitude) ToWgs84(double x, double y) => Apply(_toWgs84, x, y);

    /// <summary>A WGS84 point as the declared system's coordinates (easting, northing in metres for VN-2000).</summary>
    public (double X, double Y) FromWgs84(double longitude, double latitude) => Apply(_fromWgs84, longitude, latitude);

    /// <summary>A copy of <paramref name="geometry"/> with every coordinate in WGS84; the input is left as it was.</summary>
    public Geometry ToWgs84(Geometry geometry)
    {
        var copy = geometry.Copy();
        if (_toWgs84 is not null)
        {
            copy.Apply(new Converting(this));
            copy.GeometryChanged();
        }

        return copy;
    }

    private (double, double) Apply(MathTransform? transform, double x, double y)
    {
        if (transform is null)
        {
            return (x, y);
        }

        lock (_gate)
        {
            return transform.Transform(x, y);
        }
    }

    /// <summary>Rewrites each coordinate of a geometry in place (on the copy only).</summary>
    private sealed class Converting(ConvertCoordinates converter) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence sequence)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                var (lon, lat) = converter.ToWgs84(sequence.GetX(i), sequence.GetY(i));
                sequence.SetX(i, lon);
                sequence.SetY(i, lat);
            }
        }
    }
}
