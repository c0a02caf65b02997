using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Iiif.Presentation.Serialization.Reading;

/// <summary>Maps JSON property names to <see cref="PropertyId"/> without allocating.</summary>
internal static class PropertyNames
{
    private static readonly Dictionary<string, PropertyId> s_byName = new(StringComparer.Ordinal)
    {
        ["@context"] = PropertyId.AtContext,
        ["id"] = PropertyId.Id,
        ["@id"] = PropertyId.AtId,
        ["type"] = PropertyId.Type,
        ["@type"] = PropertyId.AtType,
        ["label"] = PropertyId.Label,
        ["summary"] = PropertyId.Summary,
        ["metadata"] = PropertyId.Metadata,
        ["requiredStatement"] = PropertyId.RequiredStatement,
        ["rights"] = PropertyId.Rights,
        ["navDate"] = PropertyId.NavDate,
        ["provider"] = PropertyId.Provider,
        ["thumbnail"] = PropertyId.Thumbnail,
        ["placeholderCanvas"] = PropertyId.PlaceholderCanvas,
        ["accompanyingCanvas"] = PropertyId.AccompanyingCanvas,
        ["format"] = PropertyId.Format,
        ["language"] = PropertyId.Language,
        ["profile"] = PropertyId.Profile,
        ["height"] = PropertyId.Height,
        ["width"] = PropertyId.Width,
        ["duration"] = PropertyId.Duration,
        ["viewingDirection"] = PropertyId.ViewingDirection,
        ["behavior"] = PropertyId.Behavior,
        ["timeMode"] = PropertyId.TimeMode,
        ["homepage"] = PropertyId.Homepage,
        ["logo"] = PropertyId.Logo,
        ["rendering"] = PropertyId.Rendering,
        ["service"] = PropertyId.Service,
        ["services"] = PropertyId.Services,
        ["seeAlso"] = PropertyId.SeeAlso,
        ["partOf"] = PropertyId.PartOf,
        ["start"] = PropertyId.Start,
        ["supplementary"] = PropertyId.Supplementary,
        ["items"] = PropertyId.Items,
        ["structures"] = PropertyId.Structures,
        ["annotations"] = PropertyId.Annotations,
        ["motivation"] = PropertyId.Motivation,
        ["body"] = PropertyId.Body,
        ["target"] = PropertyId.Target,
        ["value"] = PropertyId.Value,
        ["source"] = PropertyId.Source,
        ["selector"] = PropertyId.Selector,
        ["first"] = PropertyId.First,
        ["last"] = PropertyId.Last,
        ["total"] = PropertyId.Total,
        ["next"] = PropertyId.Next,
        ["prev"] = PropertyId.Prev,
        ["startIndex"] = PropertyId.StartIndex,
        ["conformsTo"] = PropertyId.ConformsTo,
        ["x"] = PropertyId.X,
        ["y"] = PropertyId.Y,
        ["t"] = PropertyId.T,
        ["region"] = PropertyId.Region,
        ["size"] = PropertyId.Size,
        ["rotation"] = PropertyId.Rotation,
        ["quality"] = PropertyId.Quality,
        ["sizes"] = PropertyId.Sizes,
        ["tiles"] = PropertyId.Tiles,
        ["scaleFactors"] = PropertyId.ScaleFactors,
        ["maxWidth"] = PropertyId.MaxWidth,
        ["maxHeight"] = PropertyId.MaxHeight,
        ["maxArea"] = PropertyId.MaxArea,
        ["header"] = PropertyId.Header,
        ["description"] = PropertyId.Description,
        ["confirmLabel"] = PropertyId.ConfirmLabel,
        ["failureHeader"] = PropertyId.FailureHeader,
        ["failureDescription"] = PropertyId.FailureDescription,
        ["heading"] = PropertyId.Heading,
        ["note"] = PropertyId.Note,
        ["errorHeading"] = PropertyId.ErrorHeading,
        ["errorNote"] = PropertyId.ErrorNote,
    };

    private static readonly string[] s_names =
    [
        string.Empty,
        "@context",
        "id",
        "@id",
        "type",
        "@type",
        "label",
        "summary",
        "metadata",
        "requiredStatement",
        "rights",
        "navDate",
        "provider",
        "thumbnail",
        "placeholderCanvas",
        "accompanyingCanvas",
        "format",
        "language",
        "profile",
        "height",
        "width",
        "duration",
        "viewingDirection",
        "behavior",
        "timeMode",
        "homepage",
        "logo",
        "rendering",
        "service",
        "services",
        "seeAlso",
        "partOf",
        "start",
        "supplementary",
        "items",
        "structures",
        "annotations",
        "motivation",
        "body",
        "target",
        "value",
        "source",
        "selector",
        "first",
        "last",
        "total",
        "next",
        "prev",
        "startIndex",
        "conformsTo",
        "x",
        "y",
        "t",
        "region",
        "size",
        "rotation",
        "quality",
        "sizes",
        "tiles",
        "scaleFactors",
        "maxWidth",
        "maxHeight",
        "maxArea",
        "header",
        "description",
        "confirmLabel",
        "failureHeader",
        "failureDescription",
        "heading",
        "note",
        "errorHeading",
        "errorNote",
    ];

    /// <summary>Gets the number of <see cref="PropertyId"/> values, <see cref="PropertyId.Unknown"/> included.</summary>
    public static int Count => s_names.Length;

    /// <summary>Gets the JSON name of a property.</summary>
    public static string GetName(PropertyId id) => s_names[(int)id];

    /// <summary>Maps a name given as a string (an escaped name, or one the caller already has).</summary>
    public static PropertyId Lookup(string name) =>
        s_byName.TryGetValue(name, out PropertyId id) ? id : PropertyId.Unknown;

    /// <summary>Maps the property name the reader is on; <paramref name="name"/> is set only for
    /// names that are unknown or escaped, which the caller then needs as a string.</summary>
    public static PropertyId Lookup(ref Utf8JsonReader reader, out string? name)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            PropertyId id = Lookup(reader.ValueSpan);
            name = id == PropertyId.Unknown ? reader.GetString() : null;
            return id;
        }

        name = reader.GetString()!;
        return Lookup(name);
    }

    /// <summary>Maps a UTF-8 name: a switch on the length, then a comparison or two.</summary>
    public static PropertyId Lookup(ReadOnlySpan<byte> name)
    {
        switch (name.Length)
        {
            case 1:
                if (name.SequenceEqual("x"u8)) return PropertyId.X;
                if (name.SequenceEqual("y"u8)) return PropertyId.Y;
                if (name.SequenceEqual("t"u8)) return PropertyId.T;
                break;
            case 2:
                if (name.SequenceEqual("id"u8)) return PropertyId.Id;
                break;
            case 3:
                if (name.SequenceEqual("@id"u8)) return PropertyId.AtId;
                break;
            case 4:
                switch (name[0])
                {
                    case (byte)'b':
                        if (name.SequenceEqual("body"u8)) return PropertyId.Body;
                        break;
                    case (byte)'l':
                        if (name.SequenceEqual("logo"u8)) return PropertyId.Logo;
                        if (name.SequenceEqual("last"u8)) return PropertyId.Last;
                        break;
                    case (byte)'n':
                        if (name.SequenceEqual("next"u8)) return PropertyId.Next;
                        if (name.SequenceEqual("note"u8)) return PropertyId.Note;
                        break;
                    case (byte)'p':
                        if (name.SequenceEqual("prev"u8)) return PropertyId.Prev;
                        break;
                    case (byte)'s':
                        if (name.SequenceEqual("size"u8)) return PropertyId.Size;
                        break;
                    case (byte)'t':
                        if (name.SequenceEqual("type"u8)) return PropertyId.Type;
                        break;
                }

                break;
            case 5:
                switch (name[0])
                {
                    case (byte)'@':
                        if (name.SequenceEqual("@type"u8)) return PropertyId.AtType;
                        break;
                    case (byte)'f':
                        if (name.SequenceEqual("first"u8)) return PropertyId.First;
                        break;
                    case (byte)'i':
                        if (name.SequenceEqual("items"u8)) return PropertyId.Items;
                        break;
                    case (byte)'l':
                        if (name.SequenceEqual("label"u8)) return PropertyId.Label;
                        break;
                    case (byte)'s':
                        if (name.SequenceEqual("start"u8)) return PropertyId.Start;
                        if (name.SequenceEqual("sizes"u8)) return PropertyId.Sizes;
                        break;
                    case (byte)'t':
                        if (name.SequenceEqual("total"u8)) return PropertyId.Total;
                        if (name.SequenceEqual("tiles"u8)) return PropertyId.Tiles;
                        break;
                    case (byte)'v':
                        if (name.SequenceEqual("value"u8)) return PropertyId.Value;
                        break;
                    case (byte)'w':
                        if (name.SequenceEqual("width"u8)) return PropertyId.Width;
                        break;
                }

                break;
            case 6:
                switch (name[0])
                {
                    case (byte)'f':
                        if (name.SequenceEqual("format"u8)) return PropertyId.Format;
                        break;
                    case (byte)'h':
                        if (name.SequenceEqual("height"u8)) return PropertyId.Height;
                        if (name.SequenceEqual("header"u8)) return PropertyId.Header;
                        break;
                    case (byte)'p':
                        if (name.SequenceEqual("partOf"u8)) return PropertyId.PartOf;
                        break;
                    case (byte)'r':
                        if (name.SequenceEqual("rights"u8)) return PropertyId.Rights;
                        if (name.SequenceEqual("region"u8)) return PropertyId.Region;
                        break;
                    case (byte)'s':
                        if (name.SequenceEqual("source"u8)) return PropertyId.Source;
                        break;
                    case (byte)'t':
                        if (name.SequenceEqual("target"u8)) return PropertyId.Target;
                        break;
                }

                break;
            case 7:
                switch (name[0])
                {
                    case (byte)'h':
                        if (name.SequenceEqual("heading"u8)) return PropertyId.Heading;
                        break;
                    case (byte)'m':
                        if (name.SequenceEqual("maxArea"u8)) return PropertyId.MaxArea;
                        break;
                    case (byte)'n':
                        if (name.SequenceEqual("navDate"u8)) return PropertyId.NavDate;
                        break;
                    case (byte)'p':
                        if (name.SequenceEqual("profile"u8)) return PropertyId.Profile;
                        break;
                    case (byte)'q':
                        if (name.SequenceEqual("quality"u8)) return PropertyId.Quality;
                        break;
                    case (byte)'s':
                        if (name.SequenceEqual("summary"u8)) return PropertyId.Summary;
                        if (name.SequenceEqual("service"u8)) return PropertyId.Service;
                        if (name.SequenceEqual("seeAlso"u8)) return PropertyId.SeeAlso;
                        break;
                }

                break;
            case 8:
                switch (name[0])
                {
                    case (byte)'@':
                        if (name.SequenceEqual("@context"u8)) return PropertyId.AtContext;
                        break;
                    case (byte)'b':
                        if (name.SequenceEqual("behavior"u8)) return PropertyId.Behavior;
                        break;
                    case (byte)'d':
                        if (name.SequenceEqual("duration"u8)) return PropertyId.Duration;
                        break;
                    case (byte)'h':
                        if (name.SequenceEqual("homepage"u8)) return PropertyId.Homepage;
                        break;
                    case (byte)'l':
                        if (name.SequenceEqual("language"u8)) return PropertyId.Language;
                        break;
                    case (byte)'m':
                        if (name.SequenceEqual("metadata"u8)) return PropertyId.Metadata;
                        if (name.SequenceEqual("maxWidth"u8)) return PropertyId.MaxWidth;
                        break;
                    case (byte)'p':
                        if (name.SequenceEqual("provider"u8)) return PropertyId.Provider;
                        break;
                    case (byte)'r':
                        if (name.SequenceEqual("rotation"u8)) return PropertyId.Rotation;
                        break;
                    case (byte)'s':
                        if (name.SequenceEqual("services"u8)) return PropertyId.Services;
                        if (name.SequenceEqual("selector"u8)) return PropertyId.Selector;
                        break;
                    case (byte)'t':
                        if (name.SequenceEqual("timeMode"u8)) return PropertyId.TimeMode;
                        break;
                }

                break;
            case 9:
                switch (name[0])
                {
                    case (byte)'e':
                        if (name.SequenceEqual("errorNote"u8)) return PropertyId.ErrorNote;
                        break;
                    case (byte)'m':
                        if (name.SequenceEqual("maxHeight"u8)) return PropertyId.MaxHeight;
                        break;
                    case (byte)'r':
                        if (name.SequenceEqual("rendering"u8)) return PropertyId.Rendering;
                        break;
                    case (byte)'t':
                        if (name.SequenceEqual("thumbnail"u8)) return PropertyId.Thumbnail;
                        break;
                }

                break;
            case 10:
                switch (name[0])
                {
                    case (byte)'c':
                        if (name.SequenceEqual("conformsTo"u8)) return PropertyId.ConformsTo;
                        break;
                    case (byte)'m':
                        if (name.SequenceEqual("motivation"u8)) return PropertyId.Motivation;
                        break;
                    case (byte)'s':
                        if (name.SequenceEqual("structures"u8)) return PropertyId.Structures;
                        if (name.SequenceEqual("startIndex"u8)) return PropertyId.StartIndex;
                        break;
                }

                break;
            case 11:
                if (name.SequenceEqual("annotations"u8)) return PropertyId.Annotations;
                if (name.SequenceEqual("description"u8)) return PropertyId.Description;
                break;
            case 12:
                if (name.SequenceEqual("scaleFactors"u8)) return PropertyId.ScaleFactors;
                if (name.SequenceEqual("confirmLabel"u8)) return PropertyId.ConfirmLabel;
                if (name.SequenceEqual("errorHeading"u8)) return PropertyId.ErrorHeading;
                break;
            case 13:
                if (name.SequenceEqual("supplementary"u8)) return PropertyId.Supplementary;
                if (name.SequenceEqual("failureHeader"u8)) return PropertyId.FailureHeader;
                break;
            case 16:
                if (name.SequenceEqual("viewingDirection"u8)) return PropertyId.ViewingDirection;
                break;
            case 17:
                if (name.SequenceEqual("requiredStatement"u8)) return PropertyId.RequiredStatement;
                if (name.SequenceEqual("placeholderCanvas"u8)) return PropertyId.PlaceholderCanvas;
                break;
            case 18:
                if (name.SequenceEqual("accompanyingCanvas"u8)) return PropertyId.AccompanyingCanvas;
                if (name.SequenceEqual("failureDescription"u8)) return PropertyId.FailureDescription;
                break;
        }

        return PropertyId.Unknown;
    }
}
