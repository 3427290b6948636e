using System.Net;

namespace Monitor.Domain.Registry;

/// <summary>
/// The registrable domain of a host (luming.gov.cn for www.luming.gov.cn and file.luming.gov.cn): government
/// sites serve attachments from sibling hosts of their own domain, and only those may be fetched besides the
/// registry's hosts. Chinese second-level suffixes (gov.cn, com.cn, …) count as public suffixes.
/// </summary>
public static class SiteDomain
{
    private static readonly HashSet<string> TwoLabelSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "gov.cn", "com.cn", "net.cn", "org.cn", "edu.cn", "ac.cn", "mil.cn",
        "bj.cn", "sh.cn", "tj.cn", "cq.cn", "he.cn", "sx.cn", "nm.cn", "ln.cn", "jl.cn", "hl.cn", "js.cn", "zj.cn", "ah.cn",
        "fj.cn", "jx.cn", "sd.cn", "ha.cn", "hb.cn", "hn.cn", "gd.cn", "gx.cn", "hi.cn", "sc.cn", "gz.cn", "yn.cn", "xz.cn",
        "sn.cn", "gs.cn", "qh.cn", "nx.cn", "xj.cn",
    };

    /// <summary>The registrable domain; the host itself for IP addresses, single labels and bare suffixes.</summary>
    public static string RegistrableDomain(string host)
    {
        var h = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(h.Trim('[', ']'), out _)) return h;
        var labels = h.Split('.');
        if (labels.Length < 2) return h;
        var lastTwo = labels[^2] + "." + labels[^1];
        var keep = TwoLabelSuffixes.Contains(lastTwo) ? 3 : 2;
        return labels.Length <= keep ? h : string.Join('.', labels[^keep..]);
    }

    /// <summary>True when both hosts share a registrable domain (and neither is an IP address).</summary>
    public static bool AreSiblings(string a, string b)
    {
        if (IPAddress.TryParse(a.Trim('[', ']'), out _) || IPAddress.TryParse(b.Trim('[', ']'), out _))
            return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        var da = RegistrableDomain(a);
        return da.Contains('.') && string.Equals(da, RegistrableDomain(b), StringComparison.OrdinalIgnoreCase);
    }
}
