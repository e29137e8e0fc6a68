using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Tests.Support;
using System.Security.Cryptography;

namespace HaiPhongUrban.Portal.Tests.Model;

/// <summary>
/// Guards the official wording: the YAML must say exactly what the transcription says, after the
/// five joins, the three corrections and the markup removal, and nothing else may change it unnoticed.
/// </summary>
public sealed class OfficialWordingTests
{
    private static readonly string TranscriptionPath = Path.Combine(RepoPaths.Fixtures, "source", "ket-luan-nghi-quyet-04-NQ-TU.md");

    /// <summary>
    /// SHA-256 of the published wording (OfficialWording.Lines joined by '\n'). Changing a word of
    /// ket-luan.yml breaks this test on purpose: add an entry to content/ket-luan/dinh-chinh.yml that
    /// explains the change, and update this pin in the same commit.
    /// </summary>
    private const string PinnedWordingSha256 = "f38846f4d313e981c150f22f59ba6772ba0f0f097b7a2b1d8495f6d87f774b8f";

    [Fact]
    public void Wording_equals_the_transcription_after_exactly_the_joins_and_corrections()
    {
        var expected = TranscriptionNormalizer.Normalize(File.ReadAllText(TranscriptionPath)).Lines;
        var actual = OfficialWording.Lines(SeedModel.Load().Conclusion);

        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(expected[i] == actual[i], $"line {i + 1} differs:\n expected: {expected[i]}\n   actual: {actual[i]}");
        }

        Assert.Equal(expected.Count, actual.Count);
    }

    [Fact]
    public void Transcription_has_exactly_the_five_page_break_splits_the_errata_list()
    {
        var joins = TranscriptionNormalizer.Normalize(File.ReadAllText(TranscriptionPath)).Joins;
        var listed = SeedModel.Load().ConclusionText.Joins;

        Assert.Equal(5, joins.Count);
        Assert.Equal(5, listed.Count);

        // The errata list the last word before the break and the first after it, as corrected.
        Assert.Equal(
            joins.Select(j => j.After.TrimEnd(',').Replace("ché", "chế")),
            listed.Select(j => j.After.Split(' ')[0]));
        Assert.Equal(joins.Select(j => j.Before), listed.Select(j => j.Before.Split(' ')[^1]));
    }

    [Fact]
    public void Every_correction_is_listed_in_the_errata_with_its_printed_form()
    {
        var corrections = SeedModel.Load().ConclusionText.Corrections;

        Assert.Equal(
            TranscriptionNormalizer.Corrections.Select(c => (c.Printed, c.Corrected)),
            corrections.Select(c => (c.Printed, c.Corrected)));
    }

    [Fact]
    public void Wording_hash_is_pinned()
    {
        Assert.Equal(PinnedWordingSha256, OfficialWording.Sha256(SeedModel.Load().Conclusion));
    }

    [Fact]
    public void Published_transcription_is_byte_for_byte_the_test_copy()
    {
        var published = Path.Combine(RepoPaths.Content, "ket-luan", "nguon", "ket-luan-nghi-quyet-04-NQ-TU.md");

        Assert.Equal(SHA256.HashData(File.ReadAllBytes(TranscriptionPath)), SHA256.HashData(File.ReadAllBytes(published)));
    }

    [Fact]
    public void Structure_has_the_counts_the_text_has()
    {
        var items = SeedModel.Load().Conclusion.ItemsWithPages;

        Assert.Equal(2, items.Count(i => i.Kind == ItemKind.Result));
        Assert.Equal(6, items.Count(i => i.Kind == ItemKind.Limitation));
        Assert.Equal(7, items.Count(i => i.Kind == ItemKind.TaskGroup));
        Assert.Equal(2, items.Count(i => i.Kind == ItemKind.Implementation));
        Assert.Contains(items, i => i.Id == "han-che-5" && i.Marker == "(5)");
        Assert.Contains(items, i => i.Id == "to-chuc-thuc-hien-2" && i.Marker == "2.");
    }
}
