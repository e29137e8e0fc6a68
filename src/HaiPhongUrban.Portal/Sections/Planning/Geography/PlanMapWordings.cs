namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// The interface strings a plan's map is worded with, which the caller takes from the theme's strings of
/// the interface language (theme/i18n), so that C# fills in numbers and never writes a sentence itself.
/// </summary>
/// <param name="Description">
/// The text alternative, with placeholders <c>{west}</c>, <c>{east}</c>, <c>{south}</c>, <c>{north}</c> (the box),
/// <c>{lat}</c>, <c>{lon}</c> (the centre), all in degrees with 7 decimals, and <c>{count}</c> (corners).
/// </param>
/// <param name="Caption">The figure's caption, with the placeholder <c>{crs}</c> (the declared system).</param>
public sealed record PlanMapWordings(string Description, string Caption);
