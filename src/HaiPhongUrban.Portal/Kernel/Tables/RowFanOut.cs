using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace HaiPhongUrban.Portal.Kernel.Tables;

/// <summary>
/// One read of a table's rows handed to several consumers at once (the downloads of a resource, and the checks of a
/// large file), each on its own thread: the file is parsed once however many formats are written, and the writers
/// run side by side.
/// Rows go to the consumers in batches through small bounded queues, so the reader never runs more than a few
/// batches ahead of the slowest writer and memory does not grow with the table.
/// </summary>
public static class RowFanOut
{
    /// <summary>Rows per batch: enough that the hand-over costs nothing per row, few enough to stay small.</summary>
    public const int BatchRows = 512;

    /// <summary>Batches a consumer may have waiting before the reader waits for it.</summary>
    public const int QueuedBatches = 16;

    /// <summary>
    /// Reads <paramref name="rows"/> once on the calling thread and gives every consumer all of them, in order (on
    /// threads of their own when the table is longer than one batch).
    /// Returns when every consumer has returned. The first exception, of the read or of a consumer, stops them all
    /// and is rethrown as it was thrown (a full disk stays an IOException).
    /// </summary>
    public static void Run<T>(IEnumerable<T> rows, IReadOnlyList<Action<IEnumerable<T>>> consumers)
    {
        // A table of one batch or less (every table of the seed) is read into memory and written on this thread,
        // one consumer after the other: starting threads for it costs more than it saves, worst on a busy machine.
        using var source = rows.GetEnumerator();
        var first = new List<T>(BatchRows);
        while (first.Count < BatchRows && source.MoveNext())
        {
            first.Add(source.Current);
        }

        if (first.Count < BatchRows)
        {
            foreach (var consume in consumers)
            {
                consume(first);
            }

            return;
        }

        InParallel(first, source, consumers);
    }

    private static void InParallel<T>(IReadOnlyList<T> first, IEnumerator<T> rest, IReadOnlyList<Action<IEnumerable<T>>> consumers)
    {
        using var stop = new CancellationTokenSource();
        var queues = consumers.Select(_ => new BlockingCollection<T[]>(QueuedBatches)).ToArray();
        ExceptionDispatchInfo? failure = null;
        void Fail(Exception ex)
        {
            Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
            stop.Cancel();
        }

        var tasks = consumers.Select((consume, i) => Task.Factory.StartNew(
            () =>
            {
                try
                {
                    consume(Drain(queues[i], stop.Token));

                    // A consumer that stops early must not leave the reader waiting on its full queue.
                    foreach (var _ in queues[i].GetConsumingEnumerable(stop.Token))
                    {
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // Stopped because another thread failed: that failure is the one reported.
                }
                catch (Exception ex)
                {
                    Fail(ex);
                }
            },
            CancellationToken.None,
            // Each consumer blocks on its queue for the whole table: a thread of its own, not one of the pool's.
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        try
        {
            Hand(first.ToArray());
            var batch = new List<T>(BatchRows);
            while (rest.MoveNext())
            {
                batch.Add(rest.Current);
                if (batch.Count == BatchRows)
                {
                    Hand(batch.ToArray());
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                Hand(batch.ToArray());
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // A consumer failed: its exception is rethrown below.
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
        finally
        {
            foreach (var queue in queues)
            {
                queue.CompleteAdding();
            }

            Task.WaitAll(tasks);
            foreach (var queue in queues)
            {
                queue.Dispose();
            }
        }

        failure?.Throw();

        // Every consumer gets the same array: batches are never changed once handed over.
        void Hand(T[] rowsOfBatch)
        {
            foreach (var queue in queues)
            {
                queue.Add(rowsOfBatch, stop.Token);
            }
        }
    }

    private static IEnumerable<T> Drain<T>(BlockingCollection<T[]> queue, CancellationToken stop)
    {
        foreach (var batch in queue.GetConsumingEnumerable(stop))
        {
            foreach (var row in batch)
            {
                yield return row;
            }
        }
    }
}
