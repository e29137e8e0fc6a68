using HaiPhongUrban.Portal.Tests.Support;
using NJsonSchema;
using NJsonSchema.Validation;

namespace HaiPhongUrban.Portal.Tests.Publishing.Catalogues;

/// <summary>The vendored Frictionless profiles (tests/fixtures/profiles/), each loaded once, as NJsonSchema validators.</summary>
internal static class ProfileValidation
{
    private static readonly Lazy<JsonSchema> TabularDataPackage = new(() => Load("tabular-data-package.json"));

    private static readonly Lazy<JsonSchema> DataPackage = new(() => Load("data-package.json"));

    /// <summary>Every way the package breaks the profile, one per line; empty when it is valid.</summary>
    public static string TabularDataPackageErrors(string json) =>
        string.Join('\n', TabularDataPackage.Value.Validate(json).Select(Describe));

    /// <summary>The same for profile <c>data-package</c>, which a package holding a generated file (not a table) declares.</summary>
    public static string DataPackageErrors(string json) =>
        string.Join('\n', DataPackage.Value.Validate(json).Select(Describe));

    private static JsonSchema Load(string profile) =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "profiles", profile))).GetAwaiter().GetResult();

    private static string Describe(ValidationError error) => error is ChildSchemaValidationError child
        ? $"{error.Path}: {error.Kind} [{string.Join("; ", child.Errors.SelectMany(e => e.Value).Select(Describe))}]"
        : $"{error.Path}: {error.Kind}";
}
