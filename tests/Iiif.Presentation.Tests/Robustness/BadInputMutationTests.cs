using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Tests.Validation;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Robustness;

/// <summary>
/// Never crash, never lose a byte: valid corpus documents, damaged in every way <see cref="BadInputKind"/>
/// lists, either read — and then write back to bytes that read to the same bytes again — or fail with an
/// <see cref="IiifJsonException"/> that says where; the validator always gives a report.
/// </summary>
/// <remarks>
/// Each case runs on a thread-pool thread (a smaller stack than the test thread's) and must end within
/// <see cref="CaseTimeout"/>. Seed and budget: see <see cref="JsonMutations"/>; CsCheck prints the seed
/// of a failing case, and <see cref="DamagedDocument.ToString"/> names the file and the edits.
/// </remarks>
[TestFixture]
public sealed class BadInputMutationTests
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    private static Gen<DamagedDocument> Damaged(string folder, int maxBytes)
    {
        List<string> documents = JsonMutations.Documents(folder, maxBytes);
        Gen<BadInputEdit> edit = Gen.Select(Gen.Enum<BadInputKind>(), Gen.Int[0, int.MaxValue], (kind, pick) => new BadInputEdit(kind, pick));
        return Gen.Select(Gen.Int[0, documents.Count - 1], edit.Array[1, 3], (document, edits) => new DamagedDocument(documents, document, edits));
    }

    [Test]
    public void Read_DamagedCorpusDocument_ReadsAndRoundTripsOrThrowsLocatedIiifJsonException()
    {
        FixedSample.Mutations(
            Damaged("v3", 50_000),
            c => WithinTime(() =>
            {
                byte[] bytes = c.Bytes;
                string? fromBytes = ReadOrLocatedError(() => IiifJson.Parse(bytes), bytes.Length);
                ReadOrLocatedError(() => IiifJson.Parse(new TrickleStream(bytes)), bytes.Length).Should().Be(fromBytes, "a stream reads as the bytes do");
                ReadOrLocatedError(() => Await(IiifJson.DeserializeAsync<IiifResource>(new TrickleStream(bytes))), bytes.Length)
                    .Should().Be(fromBytes, "an async stream reads as the bytes do");

                string text = Encoding.UTF8.GetString(bytes);
                string? fromText = ReadOrLocatedError(() => IiifJson.Parse(text), Encoding.UTF8.GetByteCount(text));
                if (IsUtf8(bytes))
                {
                    fromText.Should().Be(fromBytes, "a string reads as its UTF-8 bytes do");
                }
            }),
            "0aZ3vVu6IB7c",
            cases: 1_500,
            exploringCases: 20_000);
    }

    [Test]
    public void Read_StringWithALoneSurrogateCharacter_ThrowsLocatedIiifJsonException()
    {
        List<string> documents = JsonMutations.Documents("v3", 50_000);
        FixedSample.Mutations(
            Gen.Select(Gen.Int[0, documents.Count - 1], Gen.Int[0, int.MaxValue], Gen.Char['\uD800', '\uDFFF']),
            c => WithinTime(() =>
            {
                (int document, int pick, char surrogate) = c;
                string json = documents[document];
                string text = json.Insert(pick % (json.Length + 1), surrogate.ToString());
                ReadOrLocatedError(() => IiifJson.Parse(text), Encoding.UTF8.GetByteCount(text)).Should().BeNull();
                Validators.Full.Validate(text).IsValid.Should().BeFalse();
            }),
            "0aZ3vVu6IB7c",
            cases: 300,
            exploringCases: 5_000);
    }

    [Test]
    public void Validate_DamagedCorpusDocument_AlwaysReportsAndRejectsWhatCannotBeRead()
    {
        IiifValidator validator = Validators.Full;
        FixedSample.Mutations(
            Damaged("v3", 20_000),
            c => WithinTime(() =>
            {
                byte[] bytes = c.Bytes;
                ValidationReport report = validator.Validate(bytes);
                Await(validator.ValidateAsync(new TrickleStream(bytes))).Findings.Should().HaveCount(report.Findings.Count);
                validator.Validate(Encoding.UTF8.GetString(bytes)).Should().NotBeNull();
                if (ReadOrLocatedError(() => IiifJson.Parse(bytes), bytes.Length) is null)
                {
                    report.IsValid.Should().BeFalse("what IiifJson cannot read is not a valid document");
                }
            }),
            "0aZ3vVu6IB7c",
            cases: 250,
            exploringCases: 5_000);
    }

    [Test]
    public void Upgrade_DamagedPresentation2CorpusDocument_UpgradesOrThrowsLocatedIiifJsonException()
    {
        FixedSample.Mutations(
            Damaged("v2", 50_000),
            c => WithinTime(() =>
            {
                byte[] bytes = c.Bytes;
                ReadOrLocatedError(() => IiifUpgrader.Upgrade(bytes).Resource, bytes.Length);
                ReadOrLocatedError(() => IiifJson.Parse(bytes), bytes.Length);
            }),
            "0aZ3vVu6IB7c",
            cases: 300,
            exploringCases: 10_000);
    }

    /// <summary>Reads, and returns the canonical output after checking that it reads back to itself; or
    /// returns <see langword="null"/> for an <see cref="IiifJsonException"/> that names a path and a position
    /// in the input. Any other exception fails the case.</summary>
    private static string? ReadOrLocatedError(Func<IiifResource> read, int length)
    {
        IiifResource resource;
        try
        {
            resource = read();
        }
        catch (IiifJsonException ex)
        {
            ex.Path.Should().StartWith("$", "the error names a JSON path: {0}", ex.Message);
            ex.LineNumber.Should().BeGreaterThanOrEqualTo(0, "the error names a line: {0}", ex.Message);
            ex.BytePositionInLine.Should().BeGreaterThanOrEqualTo(0, "the error names a byte in the line: {0}", ex.Message);
            ex.BytePosition.Should().BeInRange(0, length, "the error names a byte of the input: {0}", ex.Message);
            ex.Message.Should().Contain("Path: $");
            return null;
        }

        string written = IiifJson.Serialize(resource);
        IiifJson.Serialize(IiifJson.Parse(written)).Should().Be(written, "what was written reads back to the same bytes");
        return written;
    }

    private static void WithinTime(Action action)
    {
        var task = Task.Run(action);
        if (Task.WhenAny(task, Task.Delay(CaseTimeout)).GetAwaiter().GetResult() != task)
        {
            throw new TimeoutException($"The case took longer than {CaseTimeout.TotalSeconds} s.");
        }

        task.GetAwaiter().GetResult();
    }

    private static T Await<T>(ValueTask<T> task) => task.AsTask().GetAwaiter().GetResult();

    private static T Await<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static bool IsUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>A damaged document; made once, shown as its file number and edits when a case fails.</summary>
    public sealed class DamagedDocument(List<string> documents, int document, BadInputEdit[] edits)
    {
        private byte[]? _bytes;

        public byte[] Bytes => _bytes ??= BadInput.Apply(documents[document], edits);

        public override string ToString() => $"document {document}: {string.Join(", ", edits)}";
    }
}
