using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Tests.Vocabulary;

/// <summary>
/// Where a property may be given is read from the shapes, never listed; these cases pin what that reading
/// gives against the spec's summary of property requirements
/// (<see href="https://iiif.io/api/presentation/3.0/#a-summary-of-property-requirements"/>).
/// </summary>
[TestFixture]
public sealed class PropertyMatrixTests
{
    [TestCase("navDate", "Collection, Manifest, Canvas, Range")]
    [TestCase("placeholderCanvas", "Collection, Manifest, Canvas, Range")]
    [TestCase("accompanyingCanvas", "Collection, Manifest, Canvas, Range")]
    [TestCase("language", "Content")]
    [TestCase("format", "Content")]
    [TestCase("profile", "Content")]
    [TestCase("height", "Canvas, Content")]
    [TestCase("width", "Canvas, Content")]
    [TestCase("duration", "Canvas, Content")]
    [TestCase("viewingDirection", "Collection, Manifest, Range")]
    [TestCase("timeMode", "Annotation")]
    [TestCase("start", "Manifest, Range")]
    [TestCase("supplementary", "Range")]
    [TestCase("services", "Collection, Manifest")]
    [TestCase("items", "Collection, Manifest, Canvas, AnnotationPage, Range")]
    [TestCase("structures", "Manifest")]
    [TestCase("annotations", "Collection, Manifest, Canvas, Range, Content")]
    public void AllowedOn_PropertySomeClassesMayNotCarry_IsTheSummaryRow(string name, string classes) =>
        string.Join(", ", PropertyMatrix.AllowedOn(IiifProperties.Find(name)!)!).Should().Be(classes, name);

    [TestCase("id")]
    [TestCase("label")]
    [TestCase("metadata")]
    [TestCase("rights")]
    [TestCase("behavior")]
    [TestCase("thumbnail")]
    [TestCase("seeAlso")]
    [TestCase("logo")]
    [TestCase("motivation")]
    public void AllowedOn_PropertyEveryClassOrNoneMayCarry_IsNull(string name) =>
        PropertyMatrix.AllowedOn(IiifProperties.Find(name)!).Should().BeNull(name);

    [Test]
    public void Classes_AreTheSummaryRowsInOrder() =>
        PropertyMatrix.Classes.Should().Equal(
            ResourceKind.Collection, ResourceKind.Manifest, ResourceKind.Canvas, ResourceKind.Annotation,
            ResourceKind.AnnotationPage, ResourceKind.Range, ResourceKind.AnnotationCollection, ResourceKind.Content);

    [Test]
    public void LegacyProperties_AreNoTermOf3_0AndEachNamesA3_0Replacement()
    {
        foreach (LegacyProperty legacy in LegacyProperties.All)
        {
            IiifProperty? known = IiifProperties.Find(legacy.Name);
            (known is not null && (known.Has(PropertyFacts.Presentation3) || known.Has(PropertyFacts.WebAnnotation)))
                .Should().BeFalse($"{legacy.Name} is reported as a legacy name, so no current term");
            legacy.Replacement.Has(PropertyFacts.Presentation3).Should().BeTrue(legacy.Name);
            LegacyProperties.Find(legacy.Name).Should().BeSameAs(legacy);
        }
    }
}
