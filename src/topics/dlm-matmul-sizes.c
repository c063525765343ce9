/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-format.h"
#include "dlm-matmul.h"
#include "dlm-layout.h"
#include "dlm-matmul-private.h"

/* The size-rule view: the course's six pairs of shapes as boxes, which
 * multiply and which do not, and why. */

/* ---- the size-rule view -------------------------------------------------- */

typedef struct {
  double          unit;            /* px per row or column */
  double          op_w;
  double          label_h;
} SizeLayout;

/* Shape labels are large: their inner sizes carry the rule. */
#define SHAPE_ROLE DLM_TEXT_TITLE

/* A box of rows×cols units; returns where its shape label goes, centred
 * under it. */
static DlmRect
draw_shape_box (cairo_t        *cr,
                const DlmTheme *theme,
                double          x,
                double          cy,
                double          unit,
                guint           rows,
                guint           cols,
                const DlmColor *color,
                const char     *shape_markup)
{
  DlmColor fill = dlm_color_with_alpha (color, 0.18);
  double w = cols * unit, h = rows * unit, lw, lh;
  DlmRect label;

  cairo_save (cr);
  cairo_rectangle (cr, x, cy - h / 2, w, h);
  dlm_theme_set_color (cr, &fill);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, theme->line_width * theme->scale);
  cairo_stroke (cr);
  cairo_restore (cr);

  dlm_text_size (cr, theme, SHAPE_ROLE, shape_markup, &lw, &lh);
  label = (DlmRect) { x + w / 2 - lw / 2, cy + h / 2 + dlm_theme_px (theme, 4), lw, lh };
  dlm_text_draw (cr, theme, SHAPE_ROLE, NULL, label.x, label.y, DLM_ANCHOR_NORTH_WEST,
                 shape_markup);
  return label;
}

/* An inner size in bold, in the colour of its verdict: matching sizes in
 * the colour of "defined", sizes that differ in the error colour. */
static char *
inner_markup (const DlmTheme *theme,
              guint           size,
              gboolean        ok)
{
  DlmColor text = dlm_theme_text_color (theme, ok ? &theme->series[2] : &theme->error);
  g_autofree char *hex = dlm_matmul_color_hex (&text);

  return g_strdup_printf ("<span foreground=\"%s\"><b>%u</b></span>", hex, size);
}

/* Matching inner sizes cancel, as in (5×2)(2×7) = 5×7: a bold stroke
 * across the inner size, at the end (@at_end) or the start of @label. */
static void
cancel_inner (cairo_t        *cr,
              const DlmTheme *theme,
              DlmRect         label,
              const char     *inner,
              gboolean        at_end)
{
  double w, h, x0, pad = dlm_theme_px (theme, 3);

  dlm_text_size (cr, theme, SHAPE_ROLE, inner, &w, &h);
  x0 = at_end ? label.x + label.width - w : label.x;
  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->foreground);
  cairo_set_line_width (cr, dlm_theme_px (theme, 2.5));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, x0 - pad, label.y + label.height * 0.85);
  cairo_line_to (cr, x0 + w + pad, label.y + label.height * 0.15);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static gboolean
size_case_defined (guint k)
{
  return dlm_matmul_size_cases[k].a_cols == dlm_matmul_size_cases[k].b_rows;
}

char *
dlm_matmul_size_verdict_text (guint k)
{
  if (size_case_defined (k))
    return g_strdup_printf (_("✓ The inner sizes match: the result is %u×%u"),
                            dlm_matmul_size_cases[k].a_rows, dlm_matmul_size_cases[k].b_cols);
  return g_strdup_printf (_("✗ Not defined: the inner sizes %u and %u differ"),
                          dlm_matmul_size_cases[k].a_cols, dlm_matmul_size_cases[k].b_rows);
}

/* The verdict in the colour of its inner sizes, dark enough to read. */
static char *
size_verdict (const DlmTheme *theme,
              guint           k)
{
  DlmColor text = dlm_theme_text_color (theme, size_case_defined (k) ? &theme->series[2]
                                                                     : &theme->error);
  g_autofree char *hex = dlm_matmul_color_hex (&text);
  g_autofree char *verdict = dlm_matmul_size_verdict_text (k);

  return g_strdup_printf ("<span foreground=\"%s\">%s</span>", hex, verdict);
}

/* The width a shape box takes in the row: its own, or its label's. */
static double
slot_width (cairo_t        *cr,
            const DlmTheme *theme,
            double          box_w,
            const char     *label)
{
  double w;

  dlm_text_size (cr, theme, SHAPE_ROLE, label, &w, NULL);
  return MAX (box_w, w + dlm_theme_px (theme, 8));
}

/* What stands right of "=": the result's box, or the word that there is
 * none. */
static char *
undefined_markup (const DlmTheme *theme)
{
  DlmColor text = dlm_theme_text_color (theme, &theme->error);
  g_autofree char *hex = dlm_matmul_color_hex (&text);

  return g_strdup_printf ("<span foreground=\"%s\"><b>%s</b></span>", hex, _("undefined"));
}

static void
draw_size_boxes (cairo_t          *cr,
                 const DlmTheme   *theme,
                 guint             k,
                 DlmRect           r,
                 const SizeLayout *lay)
{
  guint ar = dlm_matmul_size_cases[k].a_rows, ac = dlm_matmul_size_cases[k].a_cols;
  guint br = dlm_matmul_size_cases[k].b_rows, bc = dlm_matmul_size_cases[k].b_cols;
  gboolean ok = ac == br;
  double u = lay->unit, cy = r.y + r.height / 2 - lay->label_h / 2;
  g_autofree char *ia = inner_markup (theme, ac, ok);
  g_autofree char *ib = inner_markup (theme, br, ok);
  g_autofree char *sa = g_strdup_printf ("%u×%s", ar, ia);
  g_autofree char *sb = g_strdup_printf ("%s×%u", ib, bc);
  g_autofree char *sc = ok ? g_strdup_printf ("%u×%u", ar, bc) : undefined_markup (theme);
  double wa = slot_width (cr, theme, ac * u, sa), wb = slot_width (cr, theme, bc * u, sb);
  double wc = slot_width (cr, theme, ok ? bc * u : 0, sc);
  double x = r.x + (r.width - (wa + wb + wc + 2 * lay->op_w)) / 2;
  DlmRect la, lb;

  la = draw_shape_box (cr, theme, x + (wa - ac * u) / 2, cy, u, ar, ac, &theme->series[0], sa);
  x += wa;
  dlm_matmul_draw_operator (cr, theme, x + lay->op_w / 2, cy, TIMES);
  x += lay->op_w;
  lb = draw_shape_box (cr, theme, x + (wb - bc * u) / 2, cy, u, br, bc, &theme->series[2], sb);
  x += wb;
  dlm_matmul_draw_operator (cr, theme, x + lay->op_w / 2, cy, "=");
  x += lay->op_w;
  if (ok)
    {
      draw_shape_box (cr, theme, x + (wc - bc * u) / 2, cy, u, ar, bc, &theme->highlight, sc);
      cancel_inner (cr, theme, la, ia, TRUE);
      cancel_inner (cr, theme, lb, ib, FALSE);
      /* the strokes cross the inner sizes on purpose */
      dlm_layout_accept_overlay (cr);
    }
  else
    dlm_text_draw (cr, theme, SHAPE_ROLE, NULL, x + wc / 2, cy, DLM_ANCHOR_CENTER, sc);
}

static void
draw_size_case (cairo_t          *cr,
                const DlmTheme   *theme,
                guint             k,
                DlmRect           r,
                const SizeLayout *lay)
{
  g_autofree char *title = g_strdup_printf ("<b>%s " TIMES " %s</b>",
                                            dlm_matmul_size_cases[k].a_name, dlm_matmul_size_cases[k].b_name);
  g_autofree char *verdict = size_verdict (theme, k);
  double th;
  DlmRect boxes = r;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, title, NULL, &th);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, r.x + r.width / 2, r.y,
                        DLM_ANCHOR_NORTH, r.width, title);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, r.x + r.width / 2, r.y + r.height,
                        DLM_ANCHOR_SOUTH, r.width, verdict);
  boxes.y += th * 1.4;
  boxes.height -= th * 2.8;
  draw_size_boxes (cr, theme, k, boxes, lay);
}

void
dlm_matmul_render_sizes (DlmMatmulTopic *self,
                         cairo_t        *cr,
                         const DlmTheme *theme,
                         DlmRect         area)
{
  double gap = dlm_theme_px (theme, 24), th;
  SizeLayout lay = { 0, dlm_theme_px (theme, 40), 0 };
  DlmRect cell = dlm_rect_column (dlm_rect_row (area, 3, 0, gap), 2, 0, gap * 2);
  double box_h;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "0", NULL, &th);
  dlm_text_size (cr, theme, SHAPE_ROLE, "0", NULL, &lay.label_h);
  lay.label_h += dlm_theme_px (theme, 4);
  box_h = cell.height - th * 2.8 - lay.label_h;
  /* one unit for all six cases, so the boxes compare: 7 rows at most,
   * 2 + 7 + 7 columns in the widest case */
  lay.unit = MIN (box_h / 7, (cell.width - 2 * lay.op_w) / 18);
  lay.unit = MAX (MIN (lay.unit, dlm_theme_px (theme, 28)), 2);

  for (guint k = 0; k < G_N_ELEMENTS (dlm_matmul_size_cases); k++)
    {
      DlmRect row = dlm_rect_row (area, 3, k / 2, gap);
      DlmRect r = dlm_rect_column (row, 2, k % 2, gap * 2);

      draw_size_case (cr, theme, k, r, &lay);
      self->size_x[k] = r.x + r.width / 2;
      self->size_y[k] = r.y + r.height / 2;
    }
  self->sizes_valid = TRUE;
  for (guint k = 0; k < N_GRIDS; k++)
    self->grids[k].valid = FALSE;
}
