using System.Globalization;
using NetTopologySuite.Geometries;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// Where WGS84 degrees land in an SVG's viewBox. Equirectangular, with longitude scaled by the cosine of
/// the middle latitude: at Hải Phòng's 21° a degree of longitude is 0.93 of a degree of latitude on the
/// ground, and without the factor every plan would be drawn 7 % too wide. y grows downwards in SVG, so
/// latitude is flipped. At these sizes (a city at most) the result is within a pixel of any real projection.
/// </summary>
/// <param name="Width">The viewBox's width in user units; the SVG scales to its container in CSS.</param>
/// <param name="Height">The viewBox's height, from the shapes' aspect, a whole number up to <c>maxHeight</c>.</param>
/// <param name="Scale">User units per degree of latitude.</param>
/// <param name="LongitudeFactor">cos(middle latitude): how much shorter a degree of longitude is.</param>
public sealed record MapFrame(double West, double North, double Width, double Height, double Scale, double LongitudeFactor, double OffsetX, double OffsetY)
{
    /// <summary>
    /// The frame that fits <paramref name="geometries"/> (degrees) inside <paramref name="width"/> with
    /// <paramref name="margin"/> on every side, centred; a tall shape is fitted to <paramref name="maxHeight"/>
    /// instead, so that one narrow plan does not make a map taller than a screen.
    /// </summary>
    public static MapFrame Fit(IEnumerable<Geometry> geometries, double width = 640, double margin = 16, double maxHeight = 640)
    {
        var envelope = new Envelope();
        foreach (var geometry in geometries)
        {
            envelope.ExpandToInclude(geometry.EnvelopeInternal);
        }

        if (envelope.IsNull)
        {
            throw new ArgumentException("A map needs at least one shape.", nameof(geometries));
        }

        var factor = Math.Cos((envelope.MinY + envelope.MaxY) / 2 * Math.PI / 180);
        // A shape of no width or height (a line of points) still gets a frame: a millionth of a degree.
        var (spanX, spanY) = (Math.Max(envelope.Width * factor, 1e-6), Math.Max(envelope.Height, 1e-6));
        var scale = Math.Min((width - 2 * margin) / spanX, (maxHeight - 2 * margin) / spanY);
        var height = Math.Round(spanY * scale + 2 * margin);
        var offsetX = (width - spanX * scale) / 2;
        var offsetY = (height - spanY * scale) / 2;
        return new(envelope.MinX, envelope.MaxY, width, height, scale, factor, offsetX, offsetY);
    }

    /// <summary>The SVG viewBox attribute: "0 0 640 427".</summary>
    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}");

    /// <summary>A point in degrees as SVG user units.</summary>
    public (double X, double Y) Project(double longitude, double latitude) =>
        (OffsetX + (longitude - West) * LongitudeFactor * Scale, OffsetY + (North - latitude) * Scale);
}
