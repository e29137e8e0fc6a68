using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Topics.Content;
using HaiPhongUrban.Portal.Sections.Topics.Model;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Content;

namespace HaiPhongUrban.Portal.Sections.Datasets.Model;

/// <summary>
/// Part of the model stage: each checked dataset.yml becomes a <see cref="Dataset"/>, with what staff
/// left out taken from site.yml (publisher, contact point, licence), never made up.
/// </summary>
public static class BuildDatasets
{
    public static IReadOnlyList<Dataset> Run(
        IReadOnlyList<RawDataset> raw,
        Site site,
        IReadOnlyList<TableSource> tables,
        IReadOnlyList<FileSource> files)
    {
        // A generated_from: names a table when a table has the name (as before files existed), else a file.
        bool IsFile(RawResource r) => r.GeneratedFrom is { } g && !tables.Any(t => t.Name == g.Value);

        var settings = site.Settings;
        var topics = site.Topics;
        var topicsById = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        string Url(string url) => url.StartsWith('/') ? UrlPath.Absolute(settings.BaseUrl, url) ?? url : url;

        return raw.Select(d => new Dataset(
                d.Slug.Value,
                d.Title,
                d.Description,
                d.Publisher is { } p ? new Agent(p.Name, Url(p.Url)) : new Agent(settings.PublisherName, settings.PublisherUrl),
                d.Contact is { } c
                    ? new ContactPoint(c.Name, c.Email, Url(c.Url))
                    : new ContactPoint(settings.PublisherName, settings.ContactEmail, settings.ContactUrl),
                d.License is { } l ? new License(l.Name, l.Url) : new License(settings.EditorialLicenseName, settings.EditorialLicenseUrl),
                d.ContainsOfficialText ? settings.OfficialTextStatement : string.Empty,
                d.Keywords.Select(k => k.Value).ToList(),
                d.Themes.Select(t => topicsById[t.Value]).ToList(),
                d.Issued.Value!.Value,
                d.Modified.Value!.Value,
                UpdateFrequencies.ByName[d.Frequency.Value],
                d.TemporalStart.Value,
                d.TemporalEnd.Value,
                d.Spatial,
                d.Source is { } s ? new Agent(s.Name, Url(s.Url)) : new Agent(string.Empty, string.Empty),
                d.Changes.Select(ch => new ChangeEntry(ch.Date.Value!.Value, ch.Note)).OrderByDescending(ch => ch.Date).ToList(),
                d.Resources.Where(r => !IsFile(r)).Select(r => new DataResource(
                        r.Name.Value,
                        r.Title,
                        r.Description,
                        TableSchemas.From(r.Schema),
                        r.GeneratedFrom is { } generated
                            ? new InMemoryRows(tables.First(t => t.Name == generated.Value).Rows(site))
                            : new CsvFileRows(Path.GetFullPath(Path.Combine(d.FolderPath, r.Path!.Value)))))
                    .ToList(),
                d.FilePath)
            {
                Files = d.Resources
                    .Where(IsFile)
                    .Select(r => new DataFile(r.Name.Value, r.Title, r.Description, files.First(f => f.Name == r.GeneratedFrom!.Value)))
                    .ToList(),
            })
            .ToList();
    }
}
