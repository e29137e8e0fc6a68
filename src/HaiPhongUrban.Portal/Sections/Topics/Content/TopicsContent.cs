using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Topics.Content;

/// <summary>How other sections read the vocabulary as loaded, for the validation of everything filed under a theme.</summary>
public static class TopicsContent
{
    extension(RawContent content)
    {
        public IReadOnlyList<RawTopic> Topics => content.Get<RawTopics>().Topics;
    }
}
