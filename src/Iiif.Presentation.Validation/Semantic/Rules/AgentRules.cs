using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>An Agent in <c>provider</c>: its type and label (P3-PROV-01), homepage and logo (P3-PROV-02),
/// and logos that are Images (P3-PROV-03).</summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#provider"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#logo"/>.</remarks>
internal sealed class AgentRules(RuleContext context)
{
    /// <summary>P3-PROV-01/02/03: an Agent in <c>provider</c>.</summary>
    public void CheckAgent(JsonElement agent)
    {
        string? type = TypeOf(agent);
        if (type is not null && type != "Agent")
        {
            context.ReportProperty(ValidationRules.Prov01, "type", $"A provider is an Agent: \"type\": \"Agent\", not \"{Show(type)}\".");
        }

        if (!agent.TryGetProperty("label", out _))
        {
            context.ReportMissing(ValidationRules.Prov01, "label", "A provider Agent has a `label`: the organisation's or person's name.");
        }

        if (!agent.TryGetProperty("homepage", out _))
        {
            context.ReportMissing(ValidationRules.Prov02, "homepage", "A provider Agent should have a `homepage`.");
        }

        if (!agent.TryGetProperty("logo", out JsonElement logos))
        {
            context.ReportMissing(ValidationRules.Prov02, "logo", "A provider Agent should have a `logo`.");
            return;
        }

        context.Path.Push("logo");
        foreach (JsonElement logo in context.Each(logos))
        {
            if (logo.ValueKind == JsonValueKind.Object && TypeOf(logo) is { } logoType && logoType != "Image")
            {
                context.ReportProperty(ValidationRules.Prov03, "type", $"A logo is an Image, not \"{Show(logoType)}\".");
            }
        }

        context.Path.Pop();
    }
}
