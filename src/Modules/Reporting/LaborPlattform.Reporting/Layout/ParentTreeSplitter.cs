using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace LaborPlattform.Reporting.Layout;

/// <summary>
/// Keeps PDFsharp's structure parent tree small while a document is drawn. PDFsharp appends one entry per page to the
/// root of the parent tree and scans that whole list for every piece of marked content, which makes long documents
/// quadratic. After each page its entries move into kid nodes of the number tree (PDF 32000-1, 7.9.7), so the root only
/// ever holds the current page; at the end the root keeps nothing but its kids, as a number tree with kids must.
/// </summary>
internal sealed class ParentTreeSplitter(PdfDocument pdf, UAManager accessibility)
{
    private const int KeysPerKid = 64;

    private PdfArray? _kidNums;

    private PdfNumberTreeNode Root =>
        accessibility.StructureTreeRoot.Elements.GetDictionary("/ParentTree") as PdfNumberTreeNode
        ?? throw new InvalidOperationException("The document has no structure parent tree.");

    /// <summary>Moves the finished page's entries out of the root. Call before the next page is added.</summary>
    public void Flush()
    {
        var nums = Root.Elements.GetArray("/Nums");
        if (nums is null || nums.Elements.Count == 0)
        {
            return;
        }

        for (var i = 0; i + 1 < nums.Elements.Count; i += 2)
        {
            var key = (PdfInteger)nums.Elements[i];
            if (_kidNums is null || _kidNums.Elements.Count >= 2 * KeysPerKid)
            {
                StartKid();
            }

            _kidNums!.Elements.Add(new PdfInteger(key.Value));
            _kidNums.Elements.Add(nums.Elements[i + 1]);
            UpdateLimits();
        }

        nums.Elements.Clear();
    }

    /// <summary>Flushes the last page and leaves the root with its kids only.</summary>
    public void Finish()
    {
        Flush();
        Root.Elements.Remove("/Nums");
    }

    private void StartKid()
    {
        var kid = new PdfNumberTreeNode();
        pdf.Internals.AddObject(kid);
        _kidNums = new PdfArray(pdf);
        kid.Elements["/Nums"] = _kidNums;
        kid.Elements["/Limits"] = new PdfArray(pdf);
        Root.AddKid(kid);
        _currentKid = kid;
    }

    private PdfNumberTreeNode? _currentKid;

    private void UpdateLimits()
    {
        var limits = _currentKid!.Elements.GetArray("/Limits")!;
        limits.Elements.Clear();
        limits.Elements.Add(new PdfInteger(((PdfInteger)_kidNums!.Elements[0]).Value));
        limits.Elements.Add(new PdfInteger(((PdfInteger)_kidNums.Elements[^2]).Value));
    }
}
