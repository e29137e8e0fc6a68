using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Sections.Planning.Content;
using HaiPhongUrban.Portal.Sections.Planning.Model;
using System.Security.Cryptography;

namespace HaiPhongUrban.Portal.Sections.Planning.Validation;

/// <summary>
/// A plan's documents: a known type, exactly one of a web address and a file beside plan.yml, a SHA-256
/// of the right shape, and for a file, that the size and SHA-256 written agree with the file itself (a
/// journalist checks them against the copy they downloaded).
/// </summary>
public static class CheckPlanDocuments
{
    public static void Run(RawPlan plan, DiagnosticBag diagnostics)
    {
        foreach (var document in plan.Documents)
        {
            ValidatePlans.OneOf(document.Type, "type", PlanVocabulary.DocumentTypes, diagnostics);
            var hasUrl = document.Url.Value.Length > 0;
            var hasFile = document.File.Value.Length > 0;
            if (hasUrl == hasFile)
            {
                diagnostics.Error(document.Location, PlanningMessages.DocumentUrlOrFile);
            }

            ValidatePlans.WebAddress(document.Url, "url", diagnostics);
            var sha = document.Sha256.Value;
            var shaWellFormed = sha.Length == 64 && sha.All(Uri.IsHexDigit) && sha == sha.ToLowerInvariant();
            if (sha.Length > 0 && !shaWellFormed)
            {
                diagnostics.Error(document.Sha256.Location, PlanningMessages.Sha256Invalid, sha);
            }

            if (hasFile)
            {
                File(plan, document, shaWellFormed, diagnostics);
            }
        }
    }

    /// <summary>A file beside plan.yml: present, a plain name (no folder, nothing outside the plan), its figures its own.</summary>
    private static void File(RawPlan plan, RawPlanDocument document, bool shaWellFormed, DiagnosticBag diagnostics)
    {
        var name = document.File.Value;
        var path = Path.Combine(plan.FolderPath, name);
        if (name.Contains('/') || name.Contains('\\') || name.StartsWith('.') || !System.IO.File.Exists(path))
        {
            diagnostics.Error(document.File.Location, PlanningMessages.DocumentFileMissing, name);
            return;
        }

        // A named pipe would make reading wait forever; walking content/ reports it already.
        if (!RegularFile.Is(path))
        {
            return;
        }

        var bytes = System.IO.File.ReadAllBytes(path);
        if (document.Bytes.Value is { } size && size != bytes.LongLength)
        {
            diagnostics.Error(document.Bytes.Location, PlanningMessages.DocumentFileDisagrees, name, "bytes", bytes.LongLength.ToString(System.Globalization.CultureInfo.InvariantCulture), size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (shaWellFormed && document.Sha256.Value != actual)
        {
            diagnostics.Error(document.Sha256.Location, PlanningMessages.DocumentFileDisagrees, name, "sha256", actual, document.Sha256.Value);
        }
    }
}
