namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// The stages of <see cref="SiteBuilder"/>, in the order it runs them; the numbers are the ones its
/// comments give. A run that stops on an error reports no stage after the one that found it.
/// </summary>
public enum BuildStage
{
    /// <summary>Content and theme files read into raw records.</summary>
    Load = 1,

    /// <summary>Every schema and cross-reference check, and the templates parsed.</summary>
    Validate,

    /// <summary>The typed site modelled, and the data tables checked against it.</summary>
    Model,

    /// <summary>What the search page can find, as one file.</summary>
    SearchIndex,

    /// <summary>Downloads, schemas and catalogues published; pages planned.</summary>
    PublishData,

    /// <summary>Pages rendered in parallel; the only stage that reports items done.</summary>
    RenderPages,

    /// <summary>Every internal link, anchor and redirect rule resolved.</summary>
    CheckLinks,

    /// <summary>The new site swapped in. Only <c>build</c> has this stage: <c>validate</c> writes nothing.</summary>
    Write,
}
