using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Loading;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Documents.Loading;
using HaiPhongUrban.Portal.Sections.Following.Model;
using HaiPhongUrban.Portal.Sections.Pages.Model;
using HaiPhongUrban.Portal.Sections.Topics.Model;
using HaiPhongUrban.Portal.Model.Settings;
using HaiPhongUrban.Portal.Sections;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Updates.Loading;
using HaiPhongUrban.Portal.Sections.Updates.Model;

namespace HaiPhongUrban.Portal.Model;

/// <summary>
/// Stage 3, model: turns validated raw content into the typed, immutable <see cref="Site"/>: numbers
/// and markers from position, editorial metadata joined to its paragraph, corrections cut out as
/// segments to mark, documents linked back to the paragraphs that cite them. Runs only when
/// validation found no error, so every reference here resolves.
/// </summary>
public static class BuildModel
{
    public static Site Run(RawContent content)
    {
        var topics = content.Topics.Select(t => new Topic(t.Id.Value, t.Name)).ToList();
        var topicsById = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var editorial = content.Editorial.ToDictionary(
            e => e.ParagraphId.Value,
            e => new Editorial(
                e.ShortTitle?.Value,
                e.Themes.Select(t => topicsById[t.Value]).ToList(),
                e.Cites.Select(c => c.Value).ToList()),
            StringComparer.Ordinal);
        var corrections = content.Corrections
            .Select(c => new Correction(c.Id.Value, c.ParagraphId.Value, c.Printed, c.Corrected, c.Reason))
            .ToList();
        var occurrences = content.Corrections.ToDictionary(c => c.Id.Value, c => c.Occurrence ?? 1, StringComparer.Ordinal);

        Paragraph ToParagraph(RawParagraph raw) => new(
            raw.Id,
            raw.Text,
            Segment(raw.Text, corrections.Where(c => c.ParagraphId == raw.Id), occurrences),
            editorial.GetValueOrDefault(raw.Id) ?? Editorial.None);

        Section ToSection(RawSection raw, int level)
        {
            var numbering = raw.Numbering is { } n ? NumberingStyles.ByName[n.Value] : NumberingStyle.Parenthesized;
            ItemKind? kind = raw.Kind is { } k ? ItemKinds.ByName[k.Value] : null;
            return new Section(
                raw.Id,
                raw.Number,
                raw.Heading,
                level,
                kind,
                numbering,
                raw.Intro.Select(ToParagraph).ToList(),
                raw.Items.Select((item, index) => new NumberedItem(ToParagraph(item), index + 1, numbering.Marker(index + 1), kind, raw.Id)).ToList(),
                raw.Sections.Select(s => ToSection(s, level + 1)).ToList());
        }

        var raw = content.Conclusion!;
        var conclusion = new FullText(
            raw.TitleLines,
            new FullTextFacts(raw.Facts.Issuer, raw.Facts.MeetingDate, raw.Facts.Signer),
            ToParagraph(raw.Opening),
            raw.Sections.Select(s => ToSection(s, 1)).ToList(),
            new Recipients(raw.Recipients.Id, raw.Recipients.Heading, raw.Recipients.Items.Select(ToParagraph).ToList()),
            ToParagraph(raw.Signature));

        var citing = conclusion.AllParagraphs()
            .SelectMany(p => p.Editorial.CitedDocumentSlugs.Select(slug => (slug, p.Id)))
            .ToLookup(pair => pair.slug, pair => pair.Id, StringComparer.Ordinal);
        var documents = content.Documents
            .Select(d => new RelatedDocument(
                d.Slug.Value, d.Type.Value, d.Number, d.Date, d.Issuer, d.Title, d.Relation.Value, d.Note,
                citing[d.Slug.Value].ToList()))
            .ToList();

        // Validation admitted exactly one of 'answers' and 'builds_on' per link.
        var traceLinks = content.TraceLinks
            .Select(l => new TraceLink(
                l.TaskGroup.Value,
                (l.Answers ?? l.BuildsOn!).Value,
                l.Answers is not null ? ItemKind.Limitation : ItemKind.Result,
                l.TaskWords.Value,
                l.TargetWords.Value))
            .ToList();

        var written = content.Settings!;
        var settings = new SiteSettings(
            written.Title, written.Description, written.Language, written.BaseUrl,
            written.PublisherName, written.PublisherUrl, written.ContactEmail, written.ContactUrl,
            written.EditorialLicenseName, written.EditorialLicenseUrl, written.OfficialTextStatement,
            InterfaceWording(written));
        var datasets = BuildDatasets.Run(content.Datasets, settings, topics, conclusion, documents, traceLinks);
        return new Site(
            settings,
            conclusion,
            topics,
            corrections,
            content.Joins.Select(j => new PageBreakJoin(j.ParagraphId.Value, j.Before, j.After)).ToList(),
            documents,
            content.Pages.Select(p => new ContentPage(p.Slug, p.Title, p.Description, p.Layout.Value, p.Body, p.FilePath, p.BodyLineOffset, p.Updated)).ToList(),
            datasets,
            traceLinks,
            BuildTracker.Run(datasets, conclusion),
            content.Source!,
            raw.FilePath,
            Path.Combine(content.ContentDirectory, ContentLayout.DocumentsFile),
            Updates(content.Updates),
            ContentLayout.PathOf(content.ContentDirectory, ContentLayout.UpdatesFile));
    }

    /// <summary>
    /// site.yml's values in the interface language: the top-level ones for Vietnamese, else the
    /// translation (validation has required every value the top level fills in). A licence URL the
    /// translation leaves out is the top-level one: the licence is the same, only its page differs.
    /// </summary>
    private static SiteWording InterfaceWording(RawSiteSettings written) =>
        written.Translations.TryGetValue(written.Language, out var t) && written.Language != SiteSettings.ContentLanguage
            ? new SiteWording(t.Title, t.Description, t.PublisherName, t.EditorialLicenseName, t.EditorialLicenseUrl.Length > 0 ? t.EditorialLicenseUrl : written.EditorialLicenseUrl, t.OfficialTextStatement)
            : new SiteWording(written.Title, written.Description, written.PublisherName, written.EditorialLicenseName, written.EditorialLicenseUrl, written.OfficialTextStatement);

    /// <summary>
    /// Newest first, as the updates page and the feed show them. The sort is stable, so entries of one
    /// day keep the order staff wrote them in: the same file always gives the same order.
    /// </summary>
    private static IReadOnlyList<Update> Updates(IReadOnlyList<RawUpdate> updates) => updates
        .Select(u => new Update(u.Id.Value, u.Date.Value!.Value, u.Title.Value, u.Summary.Value, u.Url.Value, u.OtherUrls.Select(o => o.Value).ToList()))
        .OrderByDescending(u => u.Date)
        .ToList();

    /// <summary>Cuts the wording at each corrected word so the page can mark it without adding a character.</summary>
    private static IReadOnlyList<TextSegment> Segment(string text, IEnumerable<Correction> corrections, IReadOnlyDictionary<string, int> occurrences)
    {
        var marks = corrections
            .Select(c => (Start: TextSearch.Nth(text, c.Corrected, occurrences[c.Id])!.Value, c.Corrected.Length, c.Id))
            .OrderBy(m => m.Start)
            .ToList();
        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var (start, length, id) in marks)
        {
            if (start > position)
            {
                segments.Add(new TextSegment(text[position..start], null));
            }

            segments.Add(new TextSegment(text.Substring(start, length), id));
            position = start + length;
        }

        if (position < text.Length || segments.Count == 0)
        {
            segments.Add(new TextSegment(text[position..], null));
        }

        return segments;
    }
}
