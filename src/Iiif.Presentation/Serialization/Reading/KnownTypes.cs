using System;

namespace Iiif.Presentation.Serialization.Reading;

/// <summary>Maps a <c>type</c> value to the class that reads it, ignoring ASCII case and accepting the
/// prefixed and older names real documents use (<c>dctypes:Image</c>, <c>oa:Choice</c>, <c>Audio</c>).</summary>
/// <remarks>The value itself is kept as read; only the choice of class is lenient.</remarks>
internal static class KnownTypes
{
    private const int MaxLength = 32;

    public static KnownType Lookup(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return KnownType.Unknown;
        }

        Span<byte> lower = stackalloc byte[MaxLength];
        for (int i = 0; i < utf8.Length; i++)
        {
            byte b = utf8[i];
            lower[i] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
        }

        return LookupLower(lower.Slice(0, utf8.Length));
    }

    public static KnownType Lookup(string value)
    {
        if (value.Length > MaxLength)
        {
            return KnownType.Unknown;
        }

        Span<byte> lower = stackalloc byte[MaxLength];
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c > 0x7F)
            {
                return KnownType.Unknown;
            }

            lower[i] = c is >= 'A' and <= 'Z' ? (byte)(c + 32) : (byte)c;
        }

        return LookupLower(lower.Slice(0, value.Length));
    }

    private static KnownType LookupLower(ReadOnlySpan<byte> s)
    {
        switch (s.Length)
        {
            case 4:
                if (s.SequenceEqual("text"u8)) return KnownType.Text;
                break;
            case 5:
                if (s.SequenceEqual("range"u8)) return KnownType.Range;
                if (s.SequenceEqual("agent"u8)) return KnownType.Agent;
                if (s.SequenceEqual("image"u8)) return KnownType.Image;
                if (s.SequenceEqual("sound"u8)) return KnownType.Sound;
                if (s.SequenceEqual("audio"u8)) return KnownType.Sound;
                if (s.SequenceEqual("video"u8)) return KnownType.Video;
                if (s.SequenceEqual("model"u8)) return KnownType.Model;
                break;
            case 6:
                if (s.SequenceEqual("canvas"u8)) return KnownType.Canvas;
                if (s.SequenceEqual("choice"u8)) return KnownType.Choice;
                break;
            case 7:
                if (s.SequenceEqual("dataset"u8)) return KnownType.Dataset;
                break;
            case 8:
                if (s.SequenceEqual("manifest"u8)) return KnownType.Manifest;
                break;
            case 9:
                if (s.SequenceEqual("oa:choice"u8)) return KnownType.Choice;
                break;
            case 10:
                if (s.SequenceEqual("collection"u8)) return KnownType.Collection;
                if (s.SequenceEqual("annotation"u8)) return KnownType.Annotation;
                break;
            case 11:
                if (s.SequenceEqual("textualbody"u8)) return KnownType.TextualBody;
                if (s.SequenceEqual("svgselector"u8)) return KnownType.SvgSelector;
                break;
            case 12:
                if (s.SequenceEqual("dctypes:text"u8)) return KnownType.Text;
                break;
            case 13:
                if (s.SequenceEqual("oa:annotation"u8)) return KnownType.Annotation;
                if (s.SequenceEqual("dctypes:image"u8)) return KnownType.Image;
                if (s.SequenceEqual("dctypes:sound"u8)) return KnownType.Sound;
                if (s.SequenceEqual("imageservice1"u8)) return KnownType.ImageService1;
                if (s.SequenceEqual("imageservice2"u8)) return KnownType.ImageService2;
                if (s.SequenceEqual("imageservice3"u8)) return KnownType.ImageService3;
                if (s.SequenceEqual("pointselector"u8)) return KnownType.PointSelector;
                break;
            case 14:
                if (s.SequenceEqual("annotationpage"u8)) return KnownType.AnnotationPage;
                if (s.SequenceEqual("searchservice1"u8)) return KnownType.SearchService1;
                if (s.SequenceEqual("searchservice2"u8)) return KnownType.SearchService2;
                if (s.SequenceEqual("oa:svgselector"u8)) return KnownType.SvgSelector;
                break;
            case 15:
                if (s.SequenceEqual("dctypes:dataset"u8)) return KnownType.Dataset;
                break;
            case 16:
                if (s.SequenceEqual("specificresource"u8)) return KnownType.SpecificResource;
                if (s.SequenceEqual("fragmentselector"u8)) return KnownType.FragmentSelector;
                if (s.SequenceEqual("imageapiselector"u8)) return KnownType.ImageApiSelector;
                break;
            case 17:
                if (s.SequenceEqual("authtokenservice1"u8)) return KnownType.AuthTokenService1;
                if (s.SequenceEqual("authprobeservice2"u8)) return KnownType.AuthProbeService2;
                break;
            case 18:
                if (s.SequenceEqual("authcookieservice1"u8)) return KnownType.AuthCookieService1;
                if (s.SequenceEqual("authlogoutservice1"u8)) return KnownType.AuthLogoutService1;
                if (s.SequenceEqual("authaccessservice2"u8)) return KnownType.AuthAccessService2;
                if (s.SequenceEqual("authlogoutservice2"u8)) return KnownType.AuthLogoutService2;
                break;
            case 19:
                if (s.SequenceEqual("oa:specificresource"u8)) return KnownType.SpecificResource;
                if (s.SequenceEqual("dctypes:movingimage"u8)) return KnownType.Video;
                if (s.SequenceEqual("oa:fragmentselector"u8)) return KnownType.FragmentSelector;
                break;
            case 20:
                if (s.SequenceEqual("annotationcollection"u8)) return KnownType.AnnotationCollection;
                if (s.SequenceEqual("autocompleteservice1"u8)) return KnownType.AutoCompleteService1;
                if (s.SequenceEqual("autocompleteservice2"u8)) return KnownType.AutoCompleteService2;
                break;
            case 21:
                if (s.SequenceEqual("iiif:imageapiselector"u8)) return KnownType.ImageApiSelector;
                break;
            case 23:
                if (s.SequenceEqual("authaccesstokenservice2"u8)) return KnownType.AuthAccessTokenService2;
                break;
        }

        return KnownType.Unknown;
    }
}
