using System;
using System.Text.Json;

namespace Iiif.Presentation.Serialization.Reading;

internal static partial class IiifReader
{
    /// <summary>Creates the resource that will hold an object, choosing its class from the slot and,
    /// where the slot allows several, from the object's <c>type</c>.</summary>
    /// <param name="probe">A copy of the reader on the object's <c>StartObject</c>; the caller's reader stays put.</param>
    /// <param name="slot">Where the object is.</param>
    private static IiifResource Create(Utf8JsonReader probe, Slot slot)
    {
        switch (slot)
        {
            case Slot.Canvas:
                return new Canvas();
            case Slot.AnnotationPage:
                return new AnnotationPage();
            case Slot.Annotation:
                return new Annotation();
            case Slot.Range:
                return new IiifRange();
            case Slot.Agent:
                return new Agent();
            case Slot.AnnotationCollection:
                return new AnnotationCollection();
            case Slot.Service:
                return CreateService(probe);
            default:
                return CreateDefault(slot, PeekType(probe));
        }
    }

    /// <summary>Creates the class for a type in a slot; an absent type takes the slot's default class,
    /// an unknown one the generic class of the slot's family.</summary>
    internal static IiifResource CreateDefault(Slot slot, KnownType type)
    {
        if (slot == Slot.Content)
        {
            return CreateContent(type) ?? new ContentResource(null);
        }

        if (slot == Slot.Service)
        {
            return CreateService(type) ?? new Service(null);
        }

        if (type == KnownType.Absent)
        {
            return slot switch
            {
                Slot.CollectionItem => new Manifest(),
                Slot.RangeItem or Slot.Target or Slot.Canvas => new Canvas(),
                Slot.AnnotationPage => new AnnotationPage(),
                Slot.Annotation => new Annotation(),
                Slot.Range => new IiifRange(),
                Slot.Agent => new Agent(),
                Slot.AnnotationCollection => new AnnotationCollection(),
                _ => new ContentResource(null),
            };
        }

        return type switch
        {
            KnownType.Collection => new Collection(),
            KnownType.Manifest => new Manifest(),
            KnownType.Canvas => new Canvas(),
            KnownType.Range => new IiifRange(),
            KnownType.AnnotationPage => new AnnotationPage(),
            KnownType.AnnotationCollection => new AnnotationCollection(),
            KnownType.Annotation => new Annotation(),
            KnownType.SpecificResource => new SpecificResource(),
            KnownType.Choice => new Choice(),
            KnownType.TextualBody => new TextualBody(),
            KnownType.Agent => new Agent(),
            _ => (IiifResource?)CreateContent(type) ?? (IiifResource?)CreateService(type) ?? new ContentResource(null),
        };
    }

    private static ContentResource? CreateContent(KnownType type) => type switch
    {
        KnownType.Image => new Image(),
        KnownType.Sound => new Sound(),
        KnownType.Video => new Video(),
        KnownType.Text => new Text(),
        KnownType.Dataset => new Dataset(),
        KnownType.Model => new Model(),
        _ => null,
    };

    private static Service? CreateService(KnownType type) => type switch
    {
        KnownType.ImageService1 => new ImageService1(),
        KnownType.ImageService2 => new ImageService2(),
        KnownType.ImageService3 => new ImageService3(),
        KnownType.AuthCookieService1 => new AuthCookieService1(),
        KnownType.AuthTokenService1 => new AuthTokenService1(),
        KnownType.AuthLogoutService1 => new AuthLogoutService1(),
        KnownType.AuthProbeService2 => new AuthProbeService2(),
        KnownType.AuthAccessService2 => new AuthAccessService2(),
        KnownType.AuthAccessTokenService2 => new AuthAccessTokenService2(),
        KnownType.AuthLogoutService2 => new AuthLogoutService2(),
        KnownType.SearchService1 => new SearchService1(),
        KnownType.AutoCompleteService1 => new AutoCompleteService1(),
        KnownType.SearchService2 => new SearchService2(),
        KnownType.AutoCompleteService2 => new AutoCompleteService2(),
        _ => null,
    };

    /// <summary>Finds the object's <c>type</c> (or <c>@type</c>) wherever it is among the properties.</summary>
    /// <param name="probe">A copy of the reader on <c>StartObject</c>, passed by value.</param>
    /// <remarks>A <c>type</c> given as an array (<c>["DigitalObject", "AnnotationPage"]</c>, as JSON-LD
    /// allows) names the first of its strings that the model knows.</remarks>
    internal static KnownType PeekType(Utf8JsonReader probe) => PeekTypeText(probe, out KnownType type) is null ? KnownType.Absent : type;

    /// <summary>Returns the object's <c>type</c> (or <c>@type</c>) string as written, or <see langword="null"/>.</summary>
    /// <param name="probe">A copy of the reader on <c>StartObject</c>, passed by value.</param>
    internal static string? PeekTypeText(Utf8JsonReader probe) => PeekTypeText(probe, out _);

    /// <summary>Returns the object's <c>type</c> (or <c>@type</c>) string as written and the class it names,
    /// or <see langword="null"/> when there is no string type. Of an array of types, the first the model knows
    /// is returned, else the first string.</summary>
    /// <param name="probe">A copy of the reader on <c>StartObject</c>, passed by value.</param>
    /// <param name="type">The class the type names; <see cref="KnownType.Unknown"/> when none.</param>
    private static string? PeekTypeText(Utf8JsonReader probe, out KnownType type)
    {
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            bool isType = probe.ValueTextEquals("type"u8) || probe.ValueTextEquals("@type"u8);
            probe.Read();
            if (isType && probe.TokenType == JsonTokenType.String)
            {
                type = LookupType(ref probe);
                return probe.GetString();
            }

            if (isType && probe.TokenType == JsonTokenType.StartArray)
            {
                return FindTypeInArray(probe, out type);
            }

            probe.TrySkip();
        }

        type = KnownType.Unknown;
        return null;
    }

    /// <summary>Returns the first string of a <c>type</c> array that names a class of the model, else the
    /// first string, else <see langword="null"/>.</summary>
    /// <param name="probe">A copy of the reader on the array's <c>StartArray</c>, passed by value.</param>
    /// <param name="type">The class the returned string names.</param>
    internal static string? FindTypeInArray(Utf8JsonReader probe, out KnownType type)
    {
        string? first = null;
        while (probe.Read() && probe.TokenType != JsonTokenType.EndArray)
        {
            if (probe.TokenType == JsonTokenType.String)
            {
                KnownType known = LookupType(ref probe);
                if (known != KnownType.Unknown)
                {
                    type = known;
                    return probe.GetString();
                }

                first ??= probe.GetString();
            }
            else
            {
                probe.TrySkip();
            }
        }

        type = KnownType.Unknown;
        return first;
    }

    private static KnownType LookupType(ref Utf8JsonReader probe) =>
        probe.ValueIsEscaped || probe.HasValueSequence
            ? KnownTypes.Lookup(probe.GetString()!)
            : KnownTypes.Lookup(probe.ValueSpan);

    /// <summary>Chooses a service's class from its type or, for services written without one as
    /// Image API 2 and Auth 1 allowed, from its <c>@context</c> or <c>profile</c>.</summary>
    internal static Service CreateService(Utf8JsonReader probe)
    {
        string? context = null;
        string? profile = null;
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            bool isType = probe.ValueTextEquals("type"u8) || probe.ValueTextEquals("@type"u8);
            bool isContext = !isType && probe.ValueTextEquals("@context"u8);
            bool isProfile = !isType && !isContext && probe.ValueTextEquals("profile"u8);
            probe.Read();
            if (probe.TokenType == JsonTokenType.String)
            {
                if (isType)
                {
                    // The type decides; @context and profile matter only for services written without one.
                    return CreateService(LookupType(ref probe)) ?? new Service(null);
                }
                else if (isContext)
                {
                    context = probe.GetString();
                }
                else if (isProfile)
                {
                    profile = probe.GetString();
                }
            }
            else if (isContext && probe.TokenType == JsonTokenType.StartArray)
            {
                // A list of contexts (what the model writes for a Context it built) names the API by
                // the one that is an Image API context, wherever it is in the list.
                context = FindImageContext(probe);
            }
            else if (isProfile && probe.TokenType == JsonTokenType.StartArray)
            {
                // Image API 2: the compliance level comes first in a profile list.
                Utf8JsonReader first = probe;
                if (first.Read() && first.TokenType == JsonTokenType.String)
                {
                    profile = first.GetString();
                }
            }

            probe.TrySkip();
        }

        return CreateService(ClassifyUntypedService(context, profile)) ?? new Service(null);
    }

    /// <summary>Returns the first Image API context in a list of contexts, or <see langword="null"/>.</summary>
    /// <param name="probe">A copy of the reader on the list's <c>StartArray</c>, passed by value.</param>
    private static string? FindImageContext(Utf8JsonReader probe)
    {
        while (probe.Read() && probe.TokenType != JsonTokenType.EndArray)
        {
            if (probe.TokenType == JsonTokenType.String && probe.GetString() is { } context &&
                context.StartsWith("http://iiif.io/api/image/", StringComparison.Ordinal))
            {
                return context;
            }

            probe.TrySkip();
        }

        return null;
    }

    private static KnownType ClassifyUntypedService(string? context, string? profile)
    {
        string hint = context ?? string.Empty;
        if (hint.StartsWith("http://iiif.io/api/image/2", StringComparison.Ordinal) ||
            (profile?.StartsWith("http://iiif.io/api/image/2/", StringComparison.Ordinal) ?? false))
        {
            return KnownType.ImageService2;
        }

        if (hint.StartsWith("http://iiif.io/api/image/3", StringComparison.Ordinal))
        {
            return KnownType.ImageService3;
        }

        if (hint.StartsWith("http://iiif.io/api/image/1", StringComparison.Ordinal) ||
            (profile?.StartsWith("http://library.stanford.edu/iiif/image-api/", StringComparison.Ordinal) ?? false) ||
            (profile?.StartsWith("http://iiif.io/api/image/1/", StringComparison.Ordinal) ?? false))
        {
            return KnownType.ImageService1;
        }

        return profile switch
        {
            "http://iiif.io/api/auth/1/login" or "http://iiif.io/api/auth/1/clickthrough" or
                "http://iiif.io/api/auth/1/kiosk" or "http://iiif.io/api/auth/1/external" => KnownType.AuthCookieService1,
            "http://iiif.io/api/auth/1/token" => KnownType.AuthTokenService1,
            "http://iiif.io/api/auth/1/logout" => KnownType.AuthLogoutService1,
            "http://iiif.io/api/search/1/search" => KnownType.SearchService1,
            "http://iiif.io/api/search/1/autocomplete" => KnownType.AutoCompleteService1,
            _ => KnownType.Unknown,
        };
    }
}
