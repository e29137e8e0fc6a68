using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Sections.Datasets.Content;
using HaiPhongUrban.Portal.Sections.Updates.Content;
using System.Globalization;
using System.Xml;

namespace HaiPhongUrban.Portal.Sections.Updates.Validation;

/// <summary>
/// Checks the update history (<c>cap-nhat.yml</c>) before anything is built: ids that are slugs and
/// unique (they become the feed's entry ids and the page's anchors, forever), addresses on this portal,
/// text an XML feed can carry, and no update to a dataset that its own <c>modified</c> does not know of.
/// Whether each address exists is checked after the render, by the link check.
/// </summary>
public static class ValidateUpdates
{
    public static void Run(IReadOnlyList<RawUpdate> updates, IReadOnlyList<RawDataset> datasets, DiagnosticBag diagnostics)
    {
        var ids = new UniqueIds(diagnostics);
        foreach (var update in updates)
        {
            ids.Add(update.Id.Value, update.Id.Location);
            CheckText(update.Title, "title", diagnostics);
            CheckText(update.Summary, "summary", diagnostics);
            CheckLocal(update.Url, "url", diagnostics);
            foreach (var other in update.OtherUrls)
            {
                CheckLocal(other, "other_urls", diagnostics);
            }

            CheckDatasetsKnow(update, datasets, diagnostics);
        }
    }

    /// <summary>
    /// A site-relative address: '/' then a path. Relative ones would resolve against the updates page
    /// (a confusing broken link) and absolute ones would leave the link check's reach; '//' and '\' are
    /// another host to a browser.
    /// </summary>
    private static void CheckLocal(Located<string> url, string field, DiagnosticBag diagnostics)
    {
        var value = url.Value;
        if (value.Length == 0)
        {
            return; // reported as missing or empty by the loader
        }

        if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal)
            || value.Any(c => c == '\\' || char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            diagnostics.Error(url.Location, Messages.UpdateUrlNotLocal, value, field);
        }
    }

    /// <summary>XML 1.0 cannot hold most control characters, which YAML's "\x01" escapes can write.</summary>
    private static void CheckText(Located<string> text, string field, DiagnosticBag diagnostics)
    {
        var value = text.Value;
        for (var i = 0; i < value.Length; i++)
        {
            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                i++;
                continue;
            }

            if (!XmlConvert.IsXmlChar(value[i]) || (char.IsControl(value[i]) && value[i] is not ('\n' or '\t' or '\r')))
            {
                diagnostics.Error(text.Location, Messages.UpdateTextInvalid, field, ((int)value[i]).ToString("X4", CultureInfo.InvariantCulture));
                return;
            }
        }
    }

    /// <summary>
    /// An update naming a dataset's page or one of its files, dated after the dataset's <c>modified</c>:
    /// the page, data.json and DCAT would still give the old date, so harvesters would never fetch the change.
    /// </summary>
    private static void CheckDatasetsKnow(RawUpdate update, IReadOnlyList<RawDataset> datasets, DiagnosticBag diagnostics)
    {
        if (update.Date.Value is not { } date)
        {
            return;
        }

        var urls = update.OtherUrls.Prepend(update.Url);
        foreach (var dataset in datasets)
        {
            if (dataset.Modified.Value is not { } modified || modified >= date || dataset.Slug.Value.Length == 0)
            {
                continue;
            }

            var page = DatasetRoutes.Dataset(dataset.Slug.Value);
            if (urls.FirstOrDefault(u => u.Value.StartsWith(page, StringComparison.Ordinal)) is { } url)
            {
                diagnostics.Error(url.Location, Messages.UpdateAfterDatasetModified,
                    update.Id.Value, Iso(date), dataset.Slug.Value, Iso(modified));
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
