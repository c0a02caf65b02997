using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Tests.Validation;
using Iiif.Presentation.Validation;

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

    /// <summary>
    /// Issue 14: a validator's first use on many threads at once builds each part of the schema once, so
    /// no thread sees <c>Overwriting registered schemas is not permitted</c> and every report is the one a
    /// single thread gives. Each round loads the schema afresh, because only the first use builds.
    /// </summary>
    [Test]
    public void FreshValidator_FirstUseFromManyThreadsAtOnce_GivesTheSingleThreadedReports()
    {
        const int Rounds = 50;
        string schemaPath = CorpusFiles.Path("schema/iiif_3_0.json");
        List<(string Name, byte[] Json, ValidationOptions Options)> documents = TopLevelDocuments();

        int perPair = (documents.Count + (Threads / 2) - 1) / (Threads / 2);
        var single = new IiifValidator(IiifSchema.Load(schemaPath));
        Dictionary<string, string> expected = documents.ToDictionary(d => d.Name, d => Describe(single, d.Json, d.Options));

        var problems = new List<string>();
        int failedRounds = 0;
        for (int round = 0; round < Rounds; round++)
        {
            var validator = new IiifValidator(IiifSchema.Load(schemaPath));
            var roundProblems = new List<string>();
            using var start = new Barrier(Threads);
            RunOnThreads(worker =>
            {
                start.SignalAndWait();

                // Workers go in pairs through a share of the documents each, so the same part of the schema is
                // wanted twice at once while the other pairs want other parts.
                for (int i = 0; i < perPair; i++)
                {
                    (string name, byte[] json, ValidationOptions options) = documents[((worker / 2 * perPair) + i) % documents.Count];
                    string outcome = Describe(validator, json, options);
                    if (outcome != expected[name])
                    {
                        lock (roundProblems)
                        {
                            roundProblems.Add($"round {round}, worker {worker}, {name}: {outcome.Split('\n')[0]}");
                        }
                    }
                }
            });

            if (roundProblems.Count > 0)
            {
                failedRounds++;
                problems.AddRange(roundProblems);
            }
        }

        problems.Should().BeEmpty($"{failedRounds} of {Rounds} rounds went wrong");
        expected.Where(e => e.Value.StartsWith("threw", StringComparison.Ordinal)).Should().BeEmpty("no document makes even one thread throw");
    }

    /// <summary>Small documents of every top-level type, failing the schema so that its detailed parts are
    /// used, and four with more items than the schema layer checks in one piece. The schema layer skips a
    /// top-level Canvas or Range when the semantic rules run, so those are also checked by the schema alone.</summary>
    private static List<(string Name, byte[] Json, ValidationOptions Options)> TopLevelDocuments()
    {
        const string Context = "\"@context\": \"http://iiif.io/api/presentation/3/context.json\"";
        var documents = new List<(string, string)>
        {
            ("Collection", $"{{{Context}, \"id\": \"https://e.org/col\", \"type\": \"Collection\", \"label\": \"unmapped\", \"items\": []}}"),
            ("Manifest", $"{{{Context}, \"id\": \"https://e.org/m\", \"type\": \"Manifest\", \"label\": {{\"en\": [\"M\"]}}, \"items\": [{Canvas(0, bad: true)}]}}"),
            ("Canvas", $"{{{Context}, \"id\": \"https://e.org/c\", \"type\": \"Canvas\", \"height\": 10, \"width\": 10}}"),
            ("AnnotationPage", $"{{{Context}, \"id\": \"https://e.org/p\", \"type\": \"AnnotationPage\"}}"),
            ("AnnotationCollection", $"{{{Context}, \"id\": \"https://e.org/ac\", \"type\": \"AnnotationCollection\", \"label\": \"unmapped\"}}"),
            ("Annotation", $"{{{Context}, \"id\": \"https://e.org/a\", \"type\": \"Annotation\", \"motivation\": \"commenting\", \"label\": \"unmapped\", \"target\": \"https://e.org/c\"}}"),
            ("Range", $"{{{Context}, \"id\": \"https://e.org/r\", \"type\": \"Range\", \"label\": \"unmapped\", \"items\": [{{\"id\": \"https://e.org/c\", \"type\": \"Canvas\"}}]}}"),
            ("Manifest, many items", ManyItems("Manifest", i => Canvas(i, bad: i == 3))),
            ("Collection, many items", ManyItems("Collection", i => $"{{\"id\": \"https://e.org/m{i}\", \"type\": \"Manifest\", \"label\": {(i == 3 ? "5" : "{\"en\": [\"M\"]}")}}}")),
            ("AnnotationPage, many items", ManyItems("AnnotationPage", i => $"{{\"id\": \"https://e.org/a{i}\", \"type\": \"Annotation\", \"motivation\": {(i == 3 ? "5" : "\"commenting\"")}, \"target\": \"https://e.org/c\"}}")),
            ("AnnotationCollection, many items", ManyItems("AnnotationCollection", i => $"{{\"id\": \"https://e.org/p{i}\", \"type\": \"AnnotationPage\"}}")),
        };

        return documents
            .Select(d => (d.Item1, Encoding.UTF8.GetBytes(d.Item2), new ValidationOptions()))
            .Concat(documents.Where(d => d.Item1 is "Canvas" or "Range").Select(d => (d.Item1 + ", schema only", Encoding.UTF8.GetBytes(d.Item2), Validators.SchemaOnly)))
            .ToList();

        static string Canvas(int i, bool bad) =>
            $"{{\"id\": \"https://e.org/c{i}\", \"type\": \"Canvas\", \"height\": 10, \"width\": 10, \"label\": {(bad ? "\"unmapped\"" : "{\"en\": [\"C\"]}")}}}";

        static string ManyItems(string type, Func<int, string> item) =>
            $"{{{Context}, \"id\": \"https://e.org/{type}\", \"type\": \"{type}\", \"label\": \"unmapped\", \"items\": [" +
            string.Join(", ", Enumerable.Range(0, 70).Select(item)) + "]}";
    }

    /// <summary>A document's report with its suppressed findings, or the exception it threw, as one string.</summary>
    private static string Describe(IiifValidator validator, byte[] json, ValidationOptions options)
    {
        try
        {
            ValidationReport report = validator.Validate(json, options);
            return report + string.Concat(report.Suppressed.Select(f => "\n(suppressed) " + f));
        }
        catch (Exception ex)
        {
            return $"threw {ex.GetType().Name}: {ex.Message}";
        }
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
