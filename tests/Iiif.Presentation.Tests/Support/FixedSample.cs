using System;
using CsCheck;

namespace Iiif.Presentation.Tests.Support;

/// <summary>
/// Runs a CsCheck property over a fixed series of cases, so that CI tries the same cases on every run.
/// </summary>
/// <remarks>
/// CsCheck's <c>seed</c> argument fixes only the first iteration; the others are random, so a property
/// run with a seed and many iterations still tries new cases on every run, and a rare failure shows up
/// in CI by chance. Here each case gets its own seed, derived in turn from the fixed one, and runs as a
/// one-iteration sample: a failure message names that case's seed ("Set seed: …"), which replays it.
/// When exploring (a seed to replay, or a larger budget, given by the test's environment variable),
/// CsCheck's own sampling runs instead, with random cases and shrinking.
/// </remarks>
public static class FixedSample
{
    /// <summary>Checks <paramref name="assert"/> on <paramref name="cases"/> values of <paramref name="gen"/>.</summary>
    /// <param name="gen">The generator.</param>
    /// <param name="assert">The property; it throws to fail.</param>
    /// <param name="fixedSeed">The CsCheck seed the series of cases is derived from.</param>
    /// <param name="cases">The number of cases.</param>
    /// <param name="print">Describes a failing value, or <see langword="null"/> for CsCheck's default.</param>
    /// <param name="explore">A seed to run first followed by random cases, instead of the fixed series; or <see langword="null"/>.</param>
    /// <param name="exploringCases">The number of cases when exploring.</param>
    public static void Run<T>(
        Gen<T> gen,
        Action<T> assert,
        string fixedSeed,
        long cases,
        Func<T, string>? print = null,
        string? explore = null,
        long? exploringCases = null)
    {
        if (explore is not null || exploringCases is not null)
        {
            gen.Sample(assert, seed: explore, iter: exploringCases ?? cases, threads: 1, print: print);
            return;
        }

        PCG series = PCG.Parse(fixedSeed);
        for (long i = 0; i < cases; i++)
        {
            string seed = new PCG(series.Next(), series.Next64()).ToString();
            gen.Sample(assert, seed: seed, iter: 1, threads: 1, print: print);
        }
    }

    /// <summary>
    /// Checks a mutation-test property: the fixed series in CI, or, when <c>IIIF_MUTATION_SEED</c> is set
    /// (see <see cref="JsonMutations"/>), that seed first and then <paramref name="exploringCases"/> random cases.
    /// </summary>
    /// <param name="gen">The generator.</param>
    /// <param name="assert">The property; it throws to fail.</param>
    /// <param name="fixedSeed">The CsCheck seed the series of cases is derived from.</param>
    /// <param name="cases">The number of cases in CI.</param>
    /// <param name="exploringCases">The number of cases when exploring.</param>
    /// <param name="print">Describes a failing value, or <see langword="null"/> for CsCheck's default.</param>
    public static void Mutations<T>(Gen<T> gen, Action<T> assert, string fixedSeed, long cases, long exploringCases, Func<T, string>? print = null)
    {
        string? explore = Environment.GetEnvironmentVariable(JsonMutations.SeedVariable);
        Run(gen, assert, fixedSeed, cases, print, explore, explore is null ? null : exploringCases);
    }
}
