using HaiPhongUrban.Portal.Tests.Support;
using NJsonSchema;
using NJsonSchema.Validation;

namespace HaiPhongUrban.Portal.Tests.Publishing.Catalogues;

/// <summary>The vendored Frictionless profile (tests/fixtures/profiles/), loaded once, as an NJsonSchema validator.</summary>
internal static class ProfileValidation
{
    private static readonly Lazy<JsonSchema> TabularDataPackage = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "profiles", "tabular-data-package.json"))).GetAwaiter().GetResult());

    /// <summary>Every way the package breaks the profile, one per line; empty when it is valid.</summary>
    public static string TabularDataPackageErrors(string json) =>
        string.Join('\n', TabularDataPackage.Value.Validate(json).Select(Describe));

    private static string Describe(ValidationError error) => error is ChildSchemaValidationError child
        ? $"{error.Path}: {error.Kind} [{string.Join("; ", child.Errors.SelectMany(e => e.Value).Select(Describe))}]"
        : $"{error.Path}: {error.Kind}";
}
