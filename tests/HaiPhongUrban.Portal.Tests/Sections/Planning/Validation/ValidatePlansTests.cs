using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Planning;
using HaiPhongUrban.Portal.Sections.Planning.Content;
using HaiPhongUrban.Portal.Sections.Planning.Loading;
using HaiPhongUrban.Portal.Sections.Planning.Validation;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Validation;

/// <summary>
/// Each broken plan of the issue is refused at the line staff wrote, with the message that says what to
/// do; the good plan beside each passes, so every case proves the one change it makes.
/// </summary>
public sealed class ValidatePlansTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A zoning plan whose every field is right; each case below changes one line of it.</summary>
    private const string GoodPlan = """
        name: Quy hoạch phân khu mẫu
        type: zoning
        status: approved
        location: Phường Mẫu
        approval:
          decision: 1/QĐ-UBND
          date: 2023-03-30
          authority: Ủy ban nhân dân thành phố
        parent: chung-mau
        events:
          - { event: approved, date: 2023-03-30, source: https://example.org/a }
          - { event: published, date: 2023-04-18, source: https://example.org/b }
        documents:
          - { type: decision, title: Quyết định, url: https://example.org/qd.pdf, sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 }
        sources:
          - { url: https://example.org/a, title: Nguồn, retrieved: 2026-12-02 }
        """;

    private const string ParentPlan = """
        name: Quy hoạch chung mẫu
        type: general
        status: approved
        location: Thành phố Mẫu
        approval: { decision: 2/QĐ-TTg, date: 2020-01-01, authority: Thủ tướng Chính phủ }
        sources:
          - { url: https://example.org/c, title: Nguồn, retrieved: 2026-12-02 }
        """;

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void The_good_plan_passes() => Assert.Empty(Errors(GoodPlan));

    [Theory]
    [InlineData("type: zoning", "type: phan-khu", "value-not-allowed", 2)]
    [InlineData("status: approved", "status: approve", "value-not-allowed", 3)]
    [InlineData("  - { event: published,", "  - { event: publish,", "value-not-allowed", 12)]
    [InlineData("parent: chung-mau", "parent: chung-khac", "plan-unknown", 9)]
    [InlineData("parent: chung-mau", "parent: phan-khu-mau", "plan-itself", 9)]
    [InlineData("https://example.org/b }\n", "https://example.org/b }\n  - { event: adjusted, date: 2023-04-01, source: https://example.org/b }\n", "plan-event-out-of-order", 13)]
    [InlineData("  date: 2023-03-30\n", "  date: 2023-03-29\n", "plan-decision-date-disagrees", 7)]
    [InlineData("sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sha256: 9F86D0818", "plan-sha256-invalid", 14)]
    [InlineData("url: https://example.org/qd.pdf", "url: javascript:alert(1)", "plan-address-not-web", 14)]
    [InlineData("url: https://example.org/qd.pdf, ", "", "plan-document-url-or-file", 14)]
    [InlineData("name: Quy hoạch phân khu mẫu\n", "", "field-missing", 1)]
    [InlineData("horizon", "horizon", "plan-number-invalid", 5)]
    public void A_broken_plan_is_refused_at_its_line(string find, string replace, string code, int line)
    {
        var text = find == "horizon" ? GoodPlan.Replace("location: Phường Mẫu\n", "location: Phường Mẫu\nhorizon: hai nghìn\n", StringComparison.Ordinal) : GoodPlan.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(GoodPlan, text);

        var error = Assert.Single(Errors(text));
        Assert.Equal(code, error.Message.Code);
        Assert.Equal(line, error.Location.Line);
        Assert.EndsWith(Path.Combine("phan-khu-mau", "plan.yml"), error.Location.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_event_before_the_approval_is_refused_even_in_date_order()
    {
        var text = GoodPlan
            .Replace("  - { event: approved, date: 2023-03-30, source: https://example.org/a }\n  - { event: published, date: 2023-04-18, source: https://example.org/b }",
                "  - { event: published, date: 2023-03-01, source: https://example.org/b }\n  - { event: approved, date: 2023-03-30, source: https://example.org/a }", StringComparison.Ordinal);

        var error = Assert.Single(Errors(text));
        Assert.Equal("plan-published-before-approved", error.Message.Code);
        Assert.Equal(11, error.Location.Line);
    }

    [Fact]
    public void An_approved_plan_without_its_decision_is_refused_at_its_status()
    {
        var text = string.Join('\n', GoodPlan.Split('\n').Where((_, i) => i is < 4 or > 7));

        var error = Assert.Single(Errors(text));
        Assert.Equal("plan-approval-missing", error.Message.Code);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void A_plan_in_preparation_needs_no_decision()
    {
        var text = string.Join('\n', GoodPlan.Split('\n').Where((_, i) => i is < 4 or > 7)).Replace("status: approved", "status: in-preparation", StringComparison.Ordinal)
            .Replace("  - { event: approved, date: 2023-03-30, source: https://example.org/a }\n  - { event: published, date: 2023-04-18, source: https://example.org/b }", "  - { event: task-approved, date: 2023-03-30, source: https://example.org/a }", StringComparison.Ordinal);

        Assert.Empty(Errors(text));
    }

    [Fact]
    public void An_unknown_document_of_the_registry_is_refused()
    {
        var text = GoodPlan.Replace("  authority: Ủy ban nhân dân thành phố\n", "  authority: Ủy ban nhân dân thành phố\n  document: khong-co\n", StringComparison.Ordinal);

        var error = Assert.Single(Errors(text));
        Assert.Equal("plan-document-unknown", error.Message.Code);
        Assert.Equal(9, error.Location.Line);
    }

    [Fact]
    public void A_circle_of_parents_is_reported_once_with_its_plans()
    {
        var parent = ParentPlan + "\nparent: phan-khu-mau\n";

        var errors = Errors(GoodPlan, parent);
        var error = Assert.Single(errors);
        Assert.Equal("plan-cycle", error.Message.Code);
        Assert.Equal("chung-mau → phan-khu-mau → chung-mau", error.Arguments[1]);
    }

    [Fact]
    public void A_plan_without_a_source_is_refused()
    {
        var text = GoodPlan[..GoodPlan.IndexOf("sources:", StringComparison.Ordinal)];

        Assert.Equal("plan-sources-missing", Assert.Single(Errors(text)).Message.Code);
    }

    [Fact]
    public void A_document_file_must_be_beside_plan_yml_and_agree_with_its_written_figures()
    {
        var text = GoodPlan.Replace(
            "  - { type: decision, title: Quyết định, url: https://example.org/qd.pdf, sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 }",
            "  - { type: decision, title: Quyết định, file: qd.pdf, sha256: f2ca1bb6c7e907d06dafe4687e579fce76b37e4e93b7605022da52e6ccc26fd2, bytes: 5 }\n  - { type: drawing, title: Bản vẽ, file: ../ngoai.pdf }",
            StringComparison.Ordinal);

        var errors = Errors(text, extra: "-- quy-hoach/phan-khu-mau/qd.pdf --\ntest");

        // "test\n" is 5 bytes with that SHA-256: the figures agree; the other file is outside the plan's folder.
        var error = Assert.Single(errors);
        Assert.Equal("plan-document-file-missing", error.Message.Code);
        Assert.Equal(15, error.Location.Line);
    }

    [Fact]
    public void A_document_file_whose_written_sha256_is_not_its_own_is_refused()
    {
        var text = GoodPlan.Replace("url: https://example.org/qd.pdf", "file: qd.pdf", StringComparison.Ordinal);

        var error = Assert.Single(Errors(text, extra: "-- quy-hoach/phan-khu-mau/qd.pdf --\ntest"));
        Assert.Equal("plan-document-file-disagrees", error.Message.Code);
        Assert.Equal("f2ca1bb6c7e907d06dafe4687e579fce76b37e4e93b7605022da52e6ccc26fd2", error.Arguments[2]);
    }

    [Fact]
    public void The_duties_file_refuses_an_unknown_type_a_reversed_period_and_overlapping_periods()
    {
        var duties = """
            - { types: [zoning], from: 2010-01-01, until: 2025-06-30, days: 15, basis: A, sources: [{ url: https://example.org/l, title: L, retrieved: 2026-12-02 }] }
            - { types: [zoning, phan-khu], from: 2025-01-01, days: 15, basis: B, sources: [{ url: https://example.org/l, title: L, retrieved: 2026-12-02 }] }
            - { types: [general], from: 2025-01-01, until: 2024-01-01, days: 15, basis: C, sources: [{ url: https://example.org/l, title: L, retrieved: 2026-12-02 }] }
            """;

        var codes = Errors(GoodPlan, extra: "-- quy-hoach/thoi-han-cong-bo.yml --\n" + duties).Select(e => (e.Message.Code, e.Location.Line)).Order().ToList();

        Assert.Equal([("plan-duties-overlap", 2), ("plan-duty-period-reversed", 3), ("value-not-allowed", 2)], codes);
    }

    private List<Diagnostic> Errors(string plan, string? parent = null, string extra = "")
    {
        InlineFiles.Write(_root, $"""
            -- quy-hoach/phan-khu-mau/plan.yml --
            {plan}
            -- quy-hoach/chung-mau/plan.yml --
            {parent ?? ParentPlan}
            {extra}
            """);
        var diagnostics = new DiagnosticBag();
        var folder = Path.Combine(_root, "quy-hoach");
        var raw = new RawPlans(folder, LoadPlans.Load(folder, diagnostics), LoadDuties.Load(folder, diagnostics));
        ValidatePlans.Run(raw, new HashSet<string>(["nghi-quyet-04-nq-tu"], StringComparer.Ordinal), diagnostics);
        return diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
    }
}
