namespace HaiPhongUrban.Portal.Kernel.Text;

/// <summary>
/// How many one-letter edits turn one name into another, for the "did you mean" of every message that
/// names a mistyped name (a dataset.yml field, a command-line option).
/// </summary>
public static class EditDistance
{
    /// <summary>
    /// Insertions, deletions and substitutions, each one step; with <paramref name="swapIsOneStep"/> a swap of
    /// two neighbouring letters is one step too (optimal string alignment), as a typist's <c>biuld</c> is.
    /// </summary>
    public static int Between(string a, string b, bool swapIsOneStep = false)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (swapIsOneStep && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
