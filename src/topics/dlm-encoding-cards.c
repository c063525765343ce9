/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-encoding-private.h"

/* The cards beside the matrix: what the chosen scheme means (the false
 * order of labels, the one column of dummy coding, the equal distances of
 * one-hot) and continuous against categorical values. */

/* A card: a rounded frame with a bold title; returns the space inside. */
static DlmRect
draw_card (cairo_t        *cr,
           const DlmTheme *theme,
           DlmRect         r,
           const char     *title)
{
  double pad = dlm_theme_px (theme, 12);
  double w, h;
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", title);

  dlm_encoding_rounded_rect (cr, r, dlm_theme_px (theme, 8));
  dlm_theme_set_color (cr, &theme->grid);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1));
  cairo_stroke (cr);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, markup, &w, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, &theme->foreground, r.x + pad, r.y + pad,
                        DLM_ANCHOR_NORTH_WEST, r.width - 2 * pad, markup);
  return (DlmRect) { r.x + pad, r.y + pad + h + pad / 2, r.width - 2 * pad,
                     r.height - 2.5 * pad - h };
}

/* A ruler 0 … K−1 with the categories on it: the order and the equal steps
 * that label coding tells a model, whether the data have them or not. */
static void
draw_ruler (DlmEncodingTopic *self,
            cairo_t          *cr,
            const DlmTheme   *theme,
            DlmRect           r)
{
  guint k = MIN (dlm_encoding_n_categories (self), 8);
  double x0, x1, y = r.y + r.height / 2, inset;
  double step, widest = 0, line, room;
  gboolean stagger;

  for (guint i = 0; i < k; i++)
    {
      g_autofree char *name = g_markup_escape_text (self->categories[i], -1);
      double w;

      dlm_text_size (cr, theme, DLM_TEXT_SMALL, name, &w, &line);
      widest = MAX (widest, w);
    }
  /* the ends of the ruler leave room for half a name */
  inset = CLAMP (widest / 2 + dlm_theme_px (theme, 2), r.width * 0.08, r.width * 0.25);
  x0 = r.x + inset;
  x1 = r.x + r.width - inset;
  /* names too wide for one step go on two rows, every other one higher;
   * where even that is too tight, the ruler shows fewer categories (the
   * order it teaches is the same) */
  while (k > 2 && widest > 1.8 * (x1 - x0) / (k - 1))
    k--;
  step = k > 1 ? (x1 - x0) / (k - 1) : 0;
  stagger = k > 1 && widest > step * 0.9;
  room = k > 1 ? step * (stagger ? 1.8 : 0.9) : r.width;
  /* low enough that the names above the line stay below the note */
  y = MAX (y, r.y + dlm_theme_px (theme, 8) + line * (stagger ? 2.1 : 1));

  dlm_theme_set_color (cr, &theme->foreground);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  cairo_move_to (cr, x0 - dlm_theme_px (theme, 8), y);
  cairo_line_to (cr, x1 + dlm_theme_px (theme, 8), y);
  cairo_stroke (cr);
  for (guint i = 0; i < k; i++)
    {
      double x = k > 1 ? x0 + i * step : (x0 + x1) / 2, w;
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_autofree char *name = g_markup_escape_text (self->categories[i], -1);

      cairo_arc (cr, x, y, dlm_theme_px (theme, 5), 0, 2 * G_PI);
      dlm_theme_set_color (cr, dlm_encoding_category_color (theme, i));
      cairo_fill (cr);
      dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, x, y + dlm_theme_px (theme, 8),
                     DLM_ANCHOR_NORTH, number);
      /* the names at the ends stay inside the card (two names too wide
       * even for that are on different rows) */
      dlm_text_size (cr, theme, DLM_TEXT_SMALL, name, &w, NULL);
      w = w > room ? MAX (room, w * 0.5) : w;
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->foreground,
                            CLAMP (x, r.x + w / 2, r.x + r.width - w / 2),
                            y - dlm_theme_px (theme, 8) - (stagger && i % 2 ? line * 1.1 : 0),
                            DLM_ANCHOR_SOUTH, room, name);
    }
}

static char *
label_note (DlmEncodingTopic *self)
{
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  if (dlm_encoding_n_categories (self) < 3)
    return g_strdup (_("With two categories, 0 and 1 is dummy coding. "
                       "From three on, the integers invent an order "
                       "and equal steps between the categories."));
  a = g_markup_escape_text (self->categories[0], -1);
  b = g_markup_escape_text (self->categories[1], -1);
  c = g_markup_escape_text (self->categories[2], -1);
  /* TRANSLATORS: %1$s, %2$s, %3$s are category names with codes 0, 1, 2 */
  return g_strdup_printf (_("A model reads the codes as amounts: "
                            "%1$s &lt; %2$s &lt; %3$s, and %3$s (2) counts "
                            "as twice %2$s (1). The labels have no "
                            "such order; one-hot avoids it."),
                          a, b, c);
}

/* Draws @note at the top of @r, wrapped to its width, and returns the space
 * left below it. When the wrapped note would take more than @share of the
 * height (a small card or a high zoom), it shrinks as one paragraph, down to
 * half size or the unzoomed size, whichever is smaller, to leave room for
 * the picture below it. */
static DlmRect
draw_note_above (cairo_t        *cr,
                 const DlmTheme *theme,
                 DlmRect         r,
                 const char     *note,
                 double          share)
{
  double gap = dlm_theme_px (theme, 10), least = MIN (0.5, 1.0 / theme->scale);
  double f = 1, h = dlm_text_wrapped_height (cr, theme, DLM_TEXT_BODY, note, r.width);

  while (h * f > share * r.height && f * 0.9 >= least)
    {
      f *= 0.9;
      h = dlm_text_wrapped_height (cr, theme, DLM_TEXT_BODY, note, r.width / f);
    }
  cairo_save (cr);
  cairo_translate (cr, r.x, r.y);
  cairo_scale (cr, f, f);
  dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, &theme->foreground, 0, 0, r.width / f, note);
  cairo_restore (cr);
  h *= f;
  return (DlmRect) { r.x, r.y + h + gap, r.width, MAX (0, r.height - h - gap) };
}

static void
draw_label_card (DlmEncodingTopic *self,
                 cairo_t          *cr,
                 const DlmTheme   *theme,
                 DlmRect           r)
{
  DlmRect inside = draw_card (cr, theme, r, _("Integer labels imply a false order"));
  g_autofree char *note = label_note (self);
  DlmRect below = draw_note_above (cr, theme, inside, note, 0.55);

  draw_ruler (self, cr, theme, below);
}

/* Chip → code, one line per category of a dummy coding. */
static void
draw_dummy_card (DlmEncodingTopic *self,
                 cairo_t          *cr,
                 const DlmTheme   *theme,
                 DlmRect           r)
{
  g_autofree char *one = g_markup_escape_text (self->categories[1], -1);
  g_autofree char *zero = g_markup_escape_text (self->categories[0], -1);
  DlmRect inside = draw_card (cr, theme, r, _("Dummy coding: one column"));
  /* TRANSLATORS: %1$s is coded 1, %2$s is coded 0 */
  g_autofree char *note = g_strdup_printf (_("1 = %1$s, 0 = %2$s (the reference). "
                                             "For two categories one 0/1 column is "
                                             "enough: not %1$s means %2$s."), one, zero);
  DlmRect below = draw_note_above (cr, theme, inside, note, 0.55);
  double h = MIN (dlm_theme_px (theme, 30), below.height / 2.5);
  double chip_w = MIN (below.width * 0.4, dlm_theme_px (theme, 140));
  double x = below.x + (below.width - chip_w - dlm_theme_px (theme, 60) - h) / 2;

  for (guint k = 0; k < 2 && h > dlm_theme_px (theme, 12); k++)
    {
      double y = below.y + (below.height - 2.5 * h) / 2 + (1 - k) * 1.5 * h;
      DlmRect chip = { x, y, chip_w, h };
      DlmRect cell = { x + chip_w + dlm_theme_px (theme, 60), y, h, h };
      g_autofree char *code = g_strdup_printf (k ? "<b>%u</b>" : "%u", k);

      dlm_encoding_draw_chip (cr, theme, chip, dlm_encoding_category_color (theme, k), DLM_TEXT_BODY, self->categories[k]);
      dlm_encoding_draw_connector (cr, theme, chip.x + chip_w + dlm_theme_px (theme, 6),
                      cell.x - dlm_theme_px (theme, 6), y + h / 2, dlm_encoding_category_color (theme, k));
      dlm_text_draw (cr, theme, DLM_TEXT_BODY, &theme->foreground, cell.x + h / 2, y + h / 2,
                     DLM_ANCHOR_CENTER, code);
    }
}

/* Whether a label of @w × @h centred on (x, y) runs into one of @chips. */
static gboolean
label_hits_chip (double         x,
                 double         y,
                 double         w,
                 double         h,
                 const DlmRect *chips,
                 guint          n)
{
  for (guint i = 0; i < n; i++)
    if (x + w / 2 > chips[i].x && x - w / 2 < chips[i].x + chips[i].width &&
        y + h / 2 > chips[i].y && y - h / 2 < chips[i].y + chips[i].height)
      return TRUE;
  return FALSE;
}

/* Two or three categories as the corners of a segment or an equilateral
 * triangle: every pair of one-hot rows is √2 apart. Of more categories the
 * first three stand for all: any three make the same triangle. */
static void
draw_distances (DlmEncodingTopic *self,
                cairo_t          *cr,
                const DlmTheme   *theme,
                DlmRect           r)
{
  guint k = MIN (dlm_encoding_n_categories (self), 3);
  /* on a small card the chips shrink with the triangle rather than
   * leave the card empty */
  double chip_h = MIN (dlm_theme_px (theme, 26), r.height * 0.22);
  double side = MIN (r.width * 0.75, (r.height - chip_h) / 0.866);
  double chip_w = MIN (MIN (r.width * 0.25, dlm_theme_px (theme, 90)), side / 1.15);
  double cx = r.x + r.width / 2, top = r.y + chip_h / 2 + (r.height - chip_h - side * 0.866) / 2;
  double px[3] = { cx - side / 2, cx + side / 2, cx };
  double py[3] = { top + side * 0.866, top + side * 0.866, top };
  DlmRect chips[3];
  double gx, gy, lw, lh;

  if (k < 2 || chip_w < dlm_theme_px (theme, 44))
    return;   /* no room for a readable picture: the note says it */
  if (k == 2)
    py[0] = py[1] = r.y + r.height / 2;
  gx = cx;
  gy = k == 2 ? py[0] + 1 : top + side * 0.866 * 2 / 3;
  for (guint a = 0; a < (k == 2 ? 1 : k); a++)
    {
      guint b = (a + 1) % k;

      dlm_theme_set_color (cr, &theme->muted);
      cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
      cairo_move_to (cr, px[a], py[a]);
      cairo_line_to (cr, px[b], py[b]);
      cairo_stroke (cr);
    }
  for (guint a = 0; a < k; a++)
    {
      chips[a] = (DlmRect) { px[a] - chip_w / 2, py[a] - chip_h / 2, chip_w, chip_h };
      dlm_encoding_draw_chip (cr, theme, chips[a], dlm_encoding_category_color (theme, a), DLM_TEXT_SMALL, self->categories[a]);
    }
  /* the distances last, each just outside its edge, away from the centre,
   * and moved further out until no chip covers it */
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "√2", &lw, &lh);
  for (guint a = 0; a < (k == 2 ? 1 : k); a++)
    {
      guint b = (a + 1) % k;
      double mx = (px[a] + px[b]) / 2, my = (py[a] + py[b]) / 2;
      double len = MAX (hypot (mx - gx, my - gy), 1e-9), ux = (mx - gx) / len, uy = (my - gy) / len;
      double d = dlm_theme_px (theme, 4) + MAX (fabs (ux) * lw, fabs (uy) * lh) / 2;

      while (d < side && label_hits_chip (mx + ux * d, my + uy * d, lw, lh, chips, k))
        d += dlm_theme_px (theme, 2);
      dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, mx + ux * d, my + uy * d,
                     DLM_ANCHOR_CENTER, "√2");
    }
}

static void
draw_onehot_card (DlmEncodingTopic *self,
                  cairo_t          *cr,
                  const DlmTheme   *theme,
                  DlmRect           r)
{
  DlmRect inside = draw_card (cr, theme, r, _("One-hot: no false order"));
  DlmRect below = draw_note_above (cr, theme, inside, dlm_encoding_n_categories (self) > 3
                                   ? _("Every row has exactly one 1. No category "
                                       "is bigger than another, and any two are "
                                       "equally far apart, as for the first three:")
                                   : _("Every row has exactly one 1. No category "
                                       "is bigger than another, and any two are "
                                       "equally far apart."), 0.75);

  draw_distances (self, cr, theme, below);
}

void
dlm_encoding_draw_scheme_card (DlmEncodingTopic *self,
                               cairo_t          *cr,
                               const DlmTheme   *theme,
                               DlmRect           r)
{
  switch (self->scheme)
    {
    case DLM_ENCODING_LABEL:
      draw_label_card (self, cr, theme, r);
      break;
    case DLM_ENCODING_DUMMY:
      draw_dummy_card (self, cr, theme, r);
      break;
    case DLM_ENCODING_ONEHOT:
    default:
      draw_onehot_card (self, cr, theme, r);
      break;
    }
}

/* Heights in metres for the continuous example. */
static const double heights[] = { 1.58, 1.66, 1.71, 1.74, 1.83, 1.9 };

static void
draw_continuous (cairo_t        *cr,
                 const DlmTheme *theme,
                 DlmRect         r)
{
  double x0 = r.x + dlm_theme_px (theme, 10), x1 = r.x + r.width - dlm_theme_px (theme, 10);
  double y = r.y + MIN (r.height * 0.6, dlm_theme_px (theme, 44));

  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, r.x, r.y,
                        DLM_ANCHOR_NORTH_WEST, r.width,
                        _("Continuous: height in m, any value on a scale"));
  dlm_theme_set_color (cr, &theme->foreground);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      double x = x0 + (heights[i] - 1.5) / 0.5 * (x1 - x0);
      cairo_arc (cr, x, y, dlm_theme_px (theme, 4), 0, 2 * G_PI);
      dlm_theme_set_color (cr, &theme->series[0]);
      cairo_fill (cr);
    }
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, x0, y + dlm_theme_px (theme, 6),
                 DLM_ANCHOR_NORTH_WEST, "1.5");
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, x1, y + dlm_theme_px (theme, 6),
                 DLM_ANCHOR_NORTH_EAST, "2.0");
}

static void
draw_categorical (DlmEncodingTopic *self,
                  cairo_t          *cr,
                  const DlmTheme   *theme,
                  DlmRect           r)
{
  guint k = MIN (dlm_encoding_n_categories (self), 4);
  double gap = dlm_theme_px (theme, 8), h = MIN (dlm_theme_px (theme, 26), r.height * 0.45);
  DlmRect row = { r.x, r.y + MIN (r.height - h, dlm_theme_px (theme, 28)), r.width, h };

  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, r.x, r.y,
                        DLM_ANCHOR_NORTH_WEST, r.width,
                        _("Categorical: a few labels, no scale between them"));
  for (guint i = 0; i < k; i++)
    dlm_encoding_draw_chip (cr, theme, dlm_rect_column (row, k, i, gap), dlm_encoding_category_color (theme, i),
               DLM_TEXT_SMALL, self->categories[i]);
}

void
dlm_encoding_draw_kinds_card (DlmEncodingTopic *self,
                              cairo_t          *cr,
                              const DlmTheme   *theme,
                              DlmRect           r)
{
  DlmRect inside = draw_card (cr, theme, r, _("Continuous vs categorical"));
  double gap = dlm_theme_px (theme, 10), small_h, need, f;

  /* each half needs a line of words, the ruler or the chips and the ruler's
   * numbers; when the card is shorter (a high zoom) both shrink as one */
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "Xg", NULL, &small_h);
  need = 2 * (2 * small_h + dlm_theme_px (theme, 10)) + gap;
  f = CLAMP (inside.height / need, MIN (0.5, 1.0 / theme->scale), 1.0);
  cairo_save (cr);
  cairo_translate (cr, inside.x, inside.y);
  cairo_scale (cr, f, f);
  inside = (DlmRect) { 0, 0, inside.width / f, inside.height / f };
  draw_continuous (cr, theme, dlm_rect_row (inside, 2, 0, gap));
  draw_categorical (self, cr, theme, dlm_rect_row (inside, 2, 1, gap));
  cairo_restore (cr);
}
