namespace Iiif.Presentation.AspNetCore;

/// <summary>
/// The <c>type</c> URIs of the RFC 9457 problem reports this package writes: stable identifiers, each
/// leading to its description in <c>docs/http-problems.md</c> of the repository.
/// </summary>
/// <remarks>Compare a report's <c>type</c> with these to tell the cases apart; the <c>title</c> and
/// <c>detail</c> are for people and may change.</remarks>
public static class IiifProblemTypes
{
    private const string Base = "https://github.com/iiif-presentation/Iiif.Presentation/blob/main/docs/http-problems.md#";

    /// <summary>400: the request body is empty.</summary>
    public const string EmptyBody = Base + "empty-body";

    /// <summary>400: the request body is not JSON (or not UTF-8, or nests deeper than the reader allows);
    /// the report gives the line and byte where reading stopped.</summary>
    public const string InvalidJson = Base + "invalid-json";

    /// <summary>413: the request body is larger than <see cref="IiifPresentationOptions.MaxRequestBodySize"/>.</summary>
    public const string TooLarge = Base + "too-large";

    /// <summary>415: the request's <c>Content-Type</c> is not JSON.</summary>
    public const string UnsupportedMediaType = Base + "unsupported-media-type";

    /// <summary>422: the body is JSON, but not a IIIF resource of the type the endpoint expects.</summary>
    public const string NotIiif = Base + "not-iiif";

    /// <summary>422: the body is a Presentation 2.x document, and upgrading is off
    /// (<see cref="IiifPresentationOptions.UpgradeFromV2"/>).</summary>
    public const string Presentation2 = Base + "presentation-2";

    /// <summary>422: the body is a Presentation 2.x document that could not be upgraded without errors; the
    /// report lists the upgrade's notes.</summary>
    public const string UpgradeFailed = Base + "upgrade-failed";

    /// <summary>422: the body is a IIIF document that the validator finds invalid; the report lists the findings.</summary>
    public const string InvalidIiif = Base + "invalid-iiif";

    /// <summary>406: the request's <c>Accept</c> header asks only for a Presentation 2 document.</summary>
    public const string NotAcceptable = Base + "not-acceptable";

    /// <summary>500: reading or validating the body failed in a way this package did not foresee (a bug to
    /// report); the request is answered with this report rather than an exception reaching the host.</summary>
    public const string InternalError = Base + "internal-error";
}
