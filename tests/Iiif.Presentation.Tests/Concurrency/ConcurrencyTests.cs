using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Tests.Validation;

namespace Iiif.Presentation.Tests.Concurrency;

/// <summary>
/// <see cref="IiifJson"/>, <see cref="IiifUpgrader"/> and the validator used from many threads at once
/// give what they give on one thread; a model nobody changes may be written and read from many threads.
/// </summary>
[TestFixture]
public sealed class ConcurrencyTests
{
    private const int Threads = 8;

    [Test]
    public void ReadWriteValidateUpgrade_FromManyThreads_GiveTheSingleThreadedResults()
    {
        // Every cookbook document and a spread of the 2.x ones: small, large, odd.
        List<(string Path, byte[] Bytes)> v3 = CorpusFiles.Files("v3/cookbook").Select(f => (f.RelativePath, File.ReadAllBytes(f.FullPath))).ToList();
        List<(string Path, byte[] Bytes)> v2 = CorpusFiles.Files("v2").Where((_, i) => i % 8 == 0).Select(f => (f.RelativePath, File.ReadAllBytes(f.FullPath))).ToList();

        Dictionary<string, string> expected = v3.ToDictionary(d => d.Path, d => Outcome(d.Bytes, upgrade: false));
        foreach ((string path, byte[] bytes) in v2)
        {
            expected[path] = Outcome(bytes, upgrade: true);
        }

        var work = v3.Select(d => (d.Path, d.Bytes, Upgrade: false)).Concat(v2.Select(d => (d.Path, d.Bytes, Upgrade: true))).ToList();
        var mismatches = new List<string>();
        int done = 0;
        RunOnThreads(worker =>
        {
            // Each worker takes its own half of the documents in its own order, so different documents overlap.
            var random = new Random(worker);
            foreach (var (path, bytes, upgrade) in work.OrderBy(_ => random.Next()).Take(work.Count / 2))
            {
                if (Outcome(bytes, upgrade) != expected[path])
                {
                    lock (mismatches)
                    {
                        mismatches.Add($"worker {worker}: {path}");
                    }
                }

                Interlocked.Increment(ref done);
            }
        });

        done.Should().Be(Threads * (work.Count / 2));
        mismatches.Should().BeEmpty();
    }

    [Test]
    public void OneModel_WrittenAndReadFromManyThreads_StaysTheSame()
    {
        byte[] bytes = File.ReadAllBytes(CorpusFiles.Path("v3/cookbook/0001-mvm-image.json"));
        var manifest = IiifJson.Deserialize<Manifest>(
            """
            {"id": "https://e.org/m", "type": "Manifest",
             "label": {"en": ["One"], "fr": ["Un"], "de": ["Eins"], "nl": ["Een"]},
             "metadata": [{"label": {"en": ["Date"]}, "value": {"none": ["1900"]}}],
             "items": [{"id": "https://e.org/c1", "type": "Canvas", "height": 2, "width": 2, "label": {"none": ["1"]}}]}
            """);
        string before = IiifJson.Serialize(manifest);
        var other = IiifJson.Parse(bytes);
        string otherBefore = IiifJson.Serialize(other);

        var seen = new List<string>();
        using var start = new Barrier(Threads);
        RunOnThreads(_ =>
        {
            start.SignalAndWait();

            // The first read of a language's strings may create its list on any of these threads.
            string text = string.Join("|", manifest.Label!.Select(pair => pair.Key + "=" + string.Join(",", pair.Value))) + "/" +
                string.Join(",", manifest.Metadata[0].Value!.Values.SelectMany(v => v)) + "/" +
                manifest.Items[0].Label!["none"][0];
            string written = IiifJson.Serialize(manifest) + IiifJson.Serialize(other);
            lock (seen)
            {
                seen.Add(text + written);
            }
        });

        seen.Should().HaveCount(Threads).And.OnlyContain(s => s == seen[0]);
        seen[0].Should().StartWith("en=One|fr=Un|de=Eins|nl=Een/1900/1");
        IiifJson.Serialize(manifest).Should().Be(before);
        IiifJson.Serialize(other).Should().Be(otherBefore);
    }

    /// <summary>Runs an action on <see cref="Threads"/> threads of its own (the thread pool would add them
    /// slowly) and waits for all.</summary>
    private static void RunOnThreads(Action<int> action)
    {
        Exception? failure = null;
        var threads = Enumerable.Range(0, Threads).Select(worker => new Thread(() =>
        {
            try
            {
                action(worker);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ex, null);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        failure.Should().BeNull();
    }

    /// <summary>Everything the library says about a document, as one string.</summary>
    private static string Outcome(byte[] bytes, bool upgrade)
    {
        if (upgrade)
        {
            UpgradeResult result = IiifUpgrader.Upgrade(bytes);
            string output = IiifJson.Serialize(result.Resource);
            string notes = string.Join("\n", result.Notes.Select(n => $"{n} -> {n.OutputPointer} {n.Original?.GetRawText()}"));
            return output + "\n" + notes + "\n" + Validators.Full.Validate(output);
        }

        IiifResource resource = IiifJson.Parse(bytes);
        return IiifJson.Serialize(resource) + "\n" + Validators.Full.Validate(bytes);
    }
}
