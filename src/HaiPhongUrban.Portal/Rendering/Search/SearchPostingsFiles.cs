using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// The postings files <c>tu-N</c> of <see cref="SearchIndexFile"/>: as many as keep each about
/// <see cref="FileBytes"/> (a power of two), each holding the words and pairs whose hash picks it, as
/// <c>{"w":{word:[title, heading, text]},"p":{pair:entries}}</c> with its keys in ordinal order.
/// </summary>
internal static class SearchPostingsFiles
{
    /// <summary>About how many bytes a postings file holds: a query fetches a few.</summary>
    public const int FileBytes = 8192;

    private const int MostBuckets = 4096;
    private const string FinalDigits = "0123456789abcdefghijklmnopqrstuv";
    private const string MoreDigits = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    public static (int Buckets, byte[][] Files) Of(SearchPostings postings, JsonWriterOptions options)
    {
        var words = postings.Words;
        var pairs = postings.Pairs.Select(p => words[p.First] + " " + words[p.Second]).ToArray();
        // The files' size from the lengths the ids will have once encoded: each list is encoded only as its file is written.
        var postingsBytes = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var byField = postings.ByField[w];
            postingsBytes += words[w].Length + EncodedLength(byField[0].Span) + EncodedLength(byField[1].Span) + EncodedLength(byField[2].Span) + (3 * 3) + 6;
        }

        for (var p = 0; p < pairs.Length; p++)
        {
            postingsBytes += pairs[p].Length + EncodedLength(postings.Pairs[p].Entries.Span) + 6;
        }

        var buckets = 1;
        while (postingsBytes / buckets > FileBytes && buckets < MostBuckets)
        {
            buckets *= 2;
        }

        var (wordOrder, wordStarts) = ByBucket(words, buckets);
        var (pairOrder, pairStarts) = ByBucket(pairs, buckets);
        var files = new byte[buckets][];
        // Each thread writes its files one after another through one scratch buffer, copied out at each file's
        // end: 2,048 files each with buffers of their own, most never filled, were 48 MB of a 10,000-page build.
        Parallel.For(0, buckets, () => (Json: new JsonScratch(options, FileBytes * 2), Ids: new ArrayBufferWriter<byte>(FileBytes)), (bucket, _, scratch) =>
        {
            // The keys in ordinal order, as the sorted dictionaries this file was once serialised from kept them.
            var fileWords = Sorted(words, wordOrder.AsSpan(wordStarts[bucket]..wordStarts[bucket + 1]));
            var filePairs = Sorted(pairs, pairOrder.AsSpan(pairStarts[bucket]..pairStarts[bucket + 1]));
            files[bucket] = File(postings, fileWords, filePairs.Select(p => (pairs[p], p)), scratch.Json, scratch.Ids);
            return scratch;
        }, scratch => scratch.Json.Dispose());
        return (buckets, files);
    }

    /// <summary>The keys' indexes grouped by the file their hash picks, in file order, and where each file's begin.</summary>
    private static (int[] Order, int[] Starts) ByBucket(IReadOnlyList<string> keys, int buckets)
    {
        var bucketOf = new int[keys.Count];
        var starts = new int[buckets + 1];
        for (var key = 0; key < keys.Count; key++)
        {
            bucketOf[key] = SearchFolding.BucketOf(keys[key], buckets);
            starts[bucketOf[key] + 1]++;
        }

        for (var bucket = 0; bucket < buckets; bucket++)
        {
            starts[bucket + 1] += starts[bucket];
        }

        var next = starts[..^1];
        var order = new int[keys.Count];
        for (var key = 0; key < keys.Count; key++)
        {
            order[next[bucketOf[key]]++] = key;
        }

        return (order, starts);
    }

    private static int[] Sorted(IReadOnlyList<string> keys, ReadOnlySpan<int> indexes)
    {
        var sortedKeys = new string[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            sortedKeys[i] = keys[indexes[i]];
        }

        var sorted = indexes.ToArray();
        Array.Sort(sortedKeys, sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <param name="ids">Where each list of ids is encoded, reused from list to list.</param>
    private static byte[] File(SearchPostings postings, int[] words, IEnumerable<(string Pair, int Number)> pairs, JsonScratch scratch, ArrayBufferWriter<byte> ids)
    {
        var json = scratch.Start();
        json.WriteStartObject();
        json.WriteStartObject("w");
        foreach (var word in words)
        {
            json.WriteStartArray(postings.Words[word]);
            foreach (var field in postings.ByField[word])
            {
                json.WriteStringValue(Encode(field.Span, ids));
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteStartObject("p");
        foreach (var (pair, number) in pairs)
        {
            json.WriteString(pair, Encode(postings.Pairs[number].Entries.Span, ids));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        return scratch.Finish();
    }

    /// <summary>
    /// Ascending identifiers as the script's decodeIds reads them, as ASCII: each the gap after the one before,
    /// in base 32, the last digit from one alphabet and the others from another, most significant first.
    /// </summary>
    // Fully optimised from the first call, as it runs for every word and pair within one stage (see SearchPostingsRun.Read).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> Encode(ReadOnlySpan<int> ids, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        var text = buffer.GetSpan(EncodedLength(ids));
        var at = 0;
        var previous = -1;
        foreach (var id in ids)
        {
            var value = id - previous - 1;
            previous = id;
            // Least significant digit last: written from the far end of the id's digits back.
            var count = Digits(value);
            at += count;
            for (var i = at - 1; i >= at - count; i--)
            {
                text[i] = (byte)(i == at - 1 ? FinalDigits[value % 32] : MoreDigits[value % 32]);
                value /= 32;
            }
        }

        return text[..at];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int EncodedLength(ReadOnlySpan<int> ids)
    {
        var length = 0;
        var previous = -1;
        foreach (var id in ids)
        {
            length += Digits(id - previous - 1);
            previous = id;
        }

        return length;
    }

    private static int Digits(int value)
    {
        var count = 1;
        while (value >= 32)
        {
            value /= 32;
            count++;
        }

        return count;
    }
}
