using Monitor.Crawling.Discovery;
using Monitor.Crawling.Discovery.Readers;

namespace Monitor.Crawling.Tests.Discovery.Readers;

public class TrsScriptPagingReaderTests
{
    private static readonly Uri Column = new("http://www.qs.example/xutao/ndbg/index.html");

    private static ListingRead Read(string html, Uri? url = null) => new TrsScriptPagingReader().Read(new ListingSource(url ?? Column, html, "text/html"));

    [Fact]
    public void Classic_script_variable_count_gives_zero_based_index_pages()
    {
        var page = Read("""<script>var countPage = 3; var currentPage = 0; createPageHTML(countPage, currentPage, "index", "shtml");</script>""");

        Assert.Equal(["http://www.qs.example/xutao/ndbg/index_1.shtml", "http://www.qs.example/xutao/ndbg/index_2.shtml"],
            page.MorePages.Select(u => u.ToString()));
    }

    [Fact]
    public void Classic_literal_count_works_too()
    {
        Assert.Equal(["http://www.qs.example/xutao/ndbg/index_1.html"],
            Read("""<script>createPageHTML(2, 0, "index", "html");</script>""").MorePages.Select(u => u.ToString()));
    }

    [Fact]
    public void Newer_form_with_a_pager_element_gives_one_based_pages_of_any_base_name()
    {
        var column = new Uri("http://www.qs.example/xhjd/gknb/list.shtml");

        var page = Read("""<div id="page_div"></div><script>createPageHTML('page_div', 3, 1, 'list', 'shtml', 41);</script>""", column);

        Assert.Equal(["http://www.qs.example/xhjd/gknb/list_2.shtml", "http://www.qs.example/xhjd/gknb/list_3.shtml"],
            page.MorePages.Select(u => u.ToString()));
    }

    [Fact]
    public void Recognises_only_pages_with_the_script_pager()
    {
        var reader = new TrsScriptPagingReader();

        Assert.Equal((true, false), (
            reader.Recognises(new ListingSource(Column, "<script>createPageHTML(2, 0, \"index\", \"html\");</script>", null)),
            reader.Recognises(new ListingSource(Column, "<ul><li><a href=\"a.html\">x</a></li></ul>", null))));
    }
}
