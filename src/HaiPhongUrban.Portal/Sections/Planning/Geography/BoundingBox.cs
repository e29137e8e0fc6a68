namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>The smallest box of WGS84 degrees holding a boundary: what a text alternative and a map frame start from.</summary>
public sealed record BoundingBox(double West, double South, double East, double North)
{
    public double Width => East - West;

    public double Height => North - South;

    public double MidLatitude => (South + North) / 2;
}
