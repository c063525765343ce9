/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dlm-format.h"
#include "dlm-layout.h"
#include "dlm-transpose-private.h"

/* The flip: the matrix turned over its diagonal as one card, on a stage
 * of max(m, n) slots, and the flip view around it. */

/* Eased so that the flip sets off and arrives gently; exact at 0 and 1. */
static double
ease (double progress)
{
  double p = CLAMP (progress, 0, 1);

  return p * p * (3 - 2 * p);
}

/* The flip is a turn of the whole matrix, as one rigid card, half a turn
 * about its main diagonal; the figure shows it from the front. The
 * component of a point along the diagonal stays, the component across it
 * is multiplied by cos θ: +1 at the start, −1 (mirrored) at the end. As
 * the card is rigid, its cells never cover one another on the way (each
 * one is squeezed across the diagonal by |cos θ|, its number with it), as
 * cells moving each on its own path would. */
static double
flip_cos (double progress)
{
  return cos (G_PI * ease (progress));
}

void
dlm_transpose_flip_position (guint   i,
                             guint   j,
                             double  progress,
                             double *col,
                             double *row)
{
  double c = flip_cos (progress);
  double along = (j + i + 1) / 2.0, across = ((double) j - (double) i) / 2.0;

  /* exact at the ends, so the cells land on their slots */
  if (progress <= 0)
    c = 1;
  else if (progress >= 1)
    c = -1;
  *col = along + c * across - 0.5;
  *row = along - c * across - 0.5;
}

static double
color_distance (const DlmColor *a,
                const DlmColor *b)
{
  return sqrt (pow (a->red - b->red, 2) + pow (a->green - b->green, 2) + pow (a->blue - b->blue, 2));
}

/* Row colours: the theme's series as tints, in the order that keeps
 * neighbouring rows most different (each next one the farthest from all
 * chosen so far), without colours near the highlight (it marks the one
 * thing to look at, here a symmetric matrix) or too dark for the text on
 * them. Chosen from the theme's own colours, so it holds whatever the
 * palette is. */
void
dlm_transpose_row_palette (const DlmTheme *theme,
                           RowPalette     *palette)
{
  /* as strong as the text on it allows: light text on a dark background
   * reads on less colour than dark text on a light one */
  double amount = theme->kind == DLM_THEME_DARK ? 0.4 : 0.55;
  DlmColor tints[DLM_THEME_N_SERIES];
  gboolean usable[DLM_THEME_N_SERIES];

  for (guint k = 0; k < DLM_THEME_N_SERIES; k++)
    {
      tints[k] = dlm_color_mix (&theme->series[k], &theme->background, amount);
      /* numbers are written on the tints: they must keep their contrast */
      usable[k] = color_distance (&theme->series[k], &theme->highlight) > 0.2 &&
                  dlm_color_contrast (&theme->foreground, &tints[k]) >= 4.5;
    }
  palette->n = 0;
  for (;;)
    {
      double best = -1;
      guint pick = 0;

      for (guint k = 0; k < DLM_THEME_N_SERIES; k++)
        {
          double nearest = G_MAXDOUBLE;

          for (guint c = 0; c < palette->n; c++)
            nearest = MIN (nearest, color_distance (&tints[k], &palette->tint[c]));
          if (usable[k] && nearest > best)
            best = nearest, pick = k;
        }
      if (best < 0)
        break;
      palette->line[palette->n] = theme->series[pick];
      palette->tint[palette->n++] = tints[pick];
      usable[pick] = FALSE;
    }
  g_assert (palette->n > 0);
}

DlmRect
dlm_transpose_slot_rect (DlmTransposeTopic *self,
                         double             col,
                         double             row)
{
  DlmRect r = { self->stage.x + col * self->cell, self->stage.y + row * self->cell,
                self->cell, self->cell };

  return r;
}

static void
draw_footprint (DlmTransposeTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                guint              rows,
                guint              cols,
                const DlmColor    *color,
                const char        *label)
{
  DlmRect r = dlm_transpose_slot_rect (self, 0, 0);
  double pad = dlm_theme_px (theme, 4);

  cairo_save (cr);
  cairo_rectangle (cr, r.x - pad, r.y - pad, cols * self->cell + 2 * pad, rows * self->cell + 2 * pad);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, dlm_theme_px (theme, theme->line_width));
  cairo_stroke (cr);
  cairo_restore (cr);
  dlm_text_draw (cr, theme, DLM_TEXT_BODY, color, r.x + cols * self->cell + 2 * pad,
                 r.y + rows * self->cell + pad, DLM_ANCHOR_SOUTH_WEST, label);
}

static void
draw_diagonal (DlmTransposeTopic *self,
               cairo_t           *cr,
               const DlmTheme    *theme,
               guint              side)
{
  double dash = dlm_theme_px (theme, 6);
  double reach = side * self->cell + dlm_theme_px (theme, 12);

  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->muted);
  cairo_set_line_width (cr, dlm_theme_px (theme, theme->line_width));
  cairo_set_dash (cr, &dash, 1, 0);
  cairo_move_to (cr, self->stage.x - dlm_theme_px (theme, 12), self->stage.y - dlm_theme_px (theme, 12));
  cairo_line_to (cr, self->stage.x + reach, self->stage.y + reach);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The corners of element (i, j)'s cell on the turning card: its square
 * with the part across the diagonal multiplied by @c. */
static void
card_corners (DlmTransposeTopic *self,
              guint              i,
              guint              j,
              double             c,
              double             corners[4][2])
{
  static const double square[4][2] = { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } };

  for (guint k = 0; k < 4; k++)
    {
      double x = j + square[k][0], y = i + square[k][1];
      double along = (x + y) / 2, across = (x - y) / 2;

      corners[k][0] = self->stage.x + (along + c * across) * self->cell;
      corners[k][1] = self->stage.y + (along - c * across) * self->cell;
    }
}

/* One element of the matrix on the card: its cell in the row's colour
 * (squeezed while the card turns), with a border in the same colour so
 * that neighbouring rows stay apart, and its number, shrunk with the cell
 * so that it stays inside it; edge-on, the number is left out. */
static void
draw_card_cell (DlmTransposeTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                const RowPalette  *palette,
                guint              i,
                guint              j,
                double             c)
{
  const gsl_matrix *m = self->flipped;
  double corners[4][2], col, row, f = fabs (c), font_px = theme->font_size * theme->scale;
  g_autofree char *value = dlm_format_short (gsl_matrix_get (m, i, j), -1);
  g_autofree char *text = i == j ? g_strdup_printf ("<b>%s</b>", value) : g_strdup (value);
  double zoom = CLAMP (self->cell / (3.2 * font_px), 1.0, 1.5);

  dlm_transpose_flip_position (i, j, self->progress, &col, &row);
  self->cells[i * m->size2 + j] = (DlmRect) { self->stage.x + (col + (1 - f) / 2) * self->cell,
                                              self->stage.y + (row + (1 - f) / 2) * self->cell,
                                              f * self->cell, f * self->cell };
  card_corners (self, i, j, c, corners);
  cairo_save (cr);
  cairo_new_path (cr);
  for (guint k = 0; k < 4; k++)
    cairo_line_to (cr, corners[k][0], corners[k][1]);
  cairo_close_path (cr);
  dlm_theme_set_color (cr, &palette->tint[i % palette->n]);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, &palette->line[i % palette->n]);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_stroke (cr);
  cairo_restore (cr);
  if (f < 0.3)
    return;
  cairo_save (cr);
  cairo_translate (cr, self->stage.x + (col + 0.5) * self->cell, self->stage.y + (row + 0.5) * self->cell);
  cairo_scale (cr, zoom * f, zoom * f);
  dlm_text_draw_fitted (cr, theme, self->cell >= 2.4 * font_px ? DLM_TEXT_BODY : DLM_TEXT_SMALL, NULL,
                        0, 0, DLM_ANCHOR_CENTER, self->cell * 0.8 / zoom, text);
  cairo_restore (cr);
}

static void
draw_flip_cells (DlmTransposeTopic *self,
                 cairo_t           *cr,
                 const DlmTheme    *theme)
{
  const gsl_matrix *m = self->flipped;
  double c = self->progress <= 0 ? 1 : self->progress >= 1 ? -1 : flip_cos (self->progress);
  RowPalette palette;

  dlm_transpose_row_palette (theme, &palette);
  self->cells = g_renew (DlmRect, self->cells, m->size1 * m->size2);
  for (guint i = 0; i < m->size1; i++)
    for (guint j = 0; j < m->size2; j++)
      draw_card_cell (self, cr, theme, &palette, i, j, c);
}

/* The side of one slot on a stage of side × side slots in @area. */
static double
stage_cell (const DlmTheme *theme,
            DlmRect         area,
            guint           side)
{
  double room = dlm_theme_px (theme, 56);
  double cell = MIN ((area.width - room) / side, (area.height - room) / side);

  return MIN (cell, dlm_theme_px (theme, 112));
}

/* How far right of @area's left edge the stage of A reaches, with the
 * label of Aᵀ beside it. */
static double
stage_extent (DlmTransposeTopic *self,
              const DlmTheme    *theme,
              DlmRect            area)
{
  guint side = MAX (self->a->size1, self->a->size2);

  return dlm_theme_px (theme, 16) + side * stage_cell (theme, area, side) + dlm_theme_px (theme, 56);
}

/* The stage: a square of max(m, n) slots with A's and Aᵀ's outlines, the
 * mirror line and the moving cells. */
void
dlm_transpose_draw_stage (DlmTransposeTopic *self,
                          cairo_t           *cr,
                          const DlmTheme    *theme,
                          DlmRect            area,
                          const gsl_matrix  *m,
                          const char        *name,
                          const char        *name_t)
{
  guint rows = m->size1, cols = m->size2, side = MAX (rows, cols);
  gboolean after = self->progress >= 0.5;

  self->flipped = m;
  self->cell = stage_cell (theme, area, side);
  self->stage.width = self->stage.height = side * self->cell;
  self->stage.x = area.x + dlm_theme_px (theme, 16);
  self->stage.y = area.y + (area.height - self->stage.height) / 2;

  draw_diagonal (self, cr, theme, side);
  /* the shape the card leaves and the one it takes, the one it is
   * nearer to in the text colour; a square one keeps its place, so it
   * gets one outline and the name of what it is now */
  if (rows != cols || !after)
    draw_footprint (self, cr, theme, rows, cols, after ? &theme->muted : &theme->foreground, name);
  if (rows != cols || after)
    draw_footprint (self, cr, theme, cols, rows, after ? &theme->foreground : &theme->muted, name_t);
  draw_flip_cells (self, cr, theme);
}

/* ---- the flip view: text beside the stage --------------------------------- */

static char *
shape_markup (guint rows,
              guint cols)
{
  return g_strdup_printf ("%u × %u", rows, cols);
}

static char *
flip_shapes (DlmTransposeTopic *self)
{
  g_autofree char *from = shape_markup (self->a->size1, self->a->size2);
  g_autofree char *to = shape_markup (self->a->size2, self->a->size1);
  gboolean done = self->progress >= 0.5;

  return g_strdup_printf ("%sA: %s%s  →  %sA<sup>T</sup>: %s%s",
                          done ? "" : "<b>", from, done ? "" : "</b>",
                          done ? "<b>" : "", to, done ? "</b>" : "");
}

static const char *
flip_status (DlmTransposeTopic *self)
{
  return self->symmetric
    ? _("<b>A is symmetric</b>: every element lands on\nits mirror image, so A<sup>T</sup> = A.")
    : _("Element a<sub>ij</sub> moves to row j, column i;\nthe diagonal (dashed) stays put.");
}

/* The natural size of the words beside the stage: the shapes and the
 * status. */
static void
flip_side_size (DlmTransposeTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                double            *width,
                double            *height)
{
  g_autofree char *shapes = flip_shapes (self);
  double gap = dlm_theme_px (theme, 14);
  double w, h;

  dlm_text_size (cr, theme, DLM_TEXT_HEADLINE, shapes, width, height);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, flip_status (self), &w, &h);
  *width = MAX (*width, w);
  *height += gap + h;
}

static void
draw_flip_side (DlmTransposeTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                DlmRect            side)
{
  g_autofree char *shapes = flip_shapes (self);
  double h, gap = dlm_theme_px (theme, 14);
  const char *status = flip_status (self);

  dlm_text_size (cr, theme, DLM_TEXT_HEADLINE, shapes, NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_HEADLINE, NULL, side.x, side.y, DLM_ANCHOR_NORTH_WEST,
                        side.width, shapes);
  side.y += h + gap;
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, self->symmetric ? &theme->highlight : NULL,
                        side.x, side.y, DLM_ANCHOR_NORTH_WEST, side.width, status);
}

/* ---- the flip view: the result beside the stage ------------------------- */

static void
row_tint (guint         row,
          guint         col,
          DlmCellStyle *style,
          gpointer      user_data)
{
  const RowPalette *palette = user_data;

  style->fill = &palette->tint[row % palette->n];
}

static void
column_tint (guint         row,
             guint         col,
             DlmCellStyle *style,
             gpointer      user_data)
{
  const RowPalette *palette = user_data;

  style->fill = &palette->tint[col % palette->n];
}

/* A and Aᵀ whole, side by side, row k of A and column k of Aᵀ in one
 * colour: the result of the flip at every step of it (an export shows
 * both matrices even when the card is edge-on). */
static void
draw_flip_result (DlmTransposeTopic *self,
                  cairo_t           *cr,
                  const DlmTheme    *theme,
                  DlmRect            area)
{
  RowPalette palette;
  Term terms[] = {
    { self->a, "A", "A", "→" },
    { self->at, "A<sup>T</sup>", "Aᵀ", NULL },
  };
  DlmMatrixGrid grids[] = { dlm_transpose_grid_of (self->a, "A"), dlm_transpose_grid_of (self->at, "A<sup>T</sup>") };

  dlm_transpose_row_palette (theme, &palette);
  grids[0].style = row_tint;
  grids[1].style = column_tint;
  for (guint k = 0; k < G_N_ELEMENTS (grids); k++)
    {
      grids[k].style_data = &palette;
      /* values always: a heat map's colours would mean values, not rows */
      grids[k].mode = DLM_GRID_VALUES;
      grids[k].max_cell_size = 44;
    }
  area = dlm_transpose_titled (cr, theme, area, _("Row k of A becomes column k of A<sup>T</sup>, in the same color:"));
  dlm_transpose_draw_terms (self, cr, theme, area, terms, G_N_ELEMENTS (terms), grids);
}

void
dlm_transpose_render_flip (DlmTransposeTopic *self,
                           cairo_t           *cr,
                           const DlmTheme    *theme,
                           DlmRect            area)
{
  double gap = dlm_theme_px (theme, 28);
  double words_w, words_h, used, shift, f;
  DlmRect stage = area, side;

  stage.width = MIN (area.width * 0.58, area.height + dlm_theme_px (theme, 56));
  /* the stage and the words beside it as one group, centred both ways:
   * on a wide figure the space left over goes to the margins instead of
   * collecting to the right of and below the words */
  flip_side_size (self, cr, theme, &words_w, &words_h);
  used = MIN (stage.width, stage_extent (self, theme, stage)) + gap + words_w;
  shift = MAX (0, (area.width - used) / 2);
  stage.x += shift;
  dlm_transpose_draw_stage (self, cr, theme, stage, self->a, "A", "A<sup>T</sup>");
  /* the words start just right of the stage and the Aᵀ label beside it */
  stage.width = MIN (stage.width, self->stage.x + self->stage.width + 2 * gap - stage.x);
  side = (DlmRect) { stage.x + stage.width + gap, area.y, area.x + area.width - stage.x - stage.width - gap,
                     area.height };
  /* at a high zoom the words may be too wide: they shrink as one, down to
   * half size or the unzoomed size, whichever is smaller */
  f = CLAMP (MIN (area.height / (3 * words_h), side.width / words_w), MIN (0.5, 1.0 / theme->scale), 1.0);
  side.y = MAX (area.y, self->stage.y);
  cairo_save (cr);
  cairo_translate (cr, side.x, side.y);
  cairo_scale (cr, f, f);
  draw_flip_side (self, cr, theme, (DlmRect) { 0, 0, side.width / f, side.height / f });
  cairo_restore (cr);
  side.y += words_h * f + gap;
  side.height = MIN (self->stage.y + self->stage.height, area.y + area.height) - side.y;
  /* A and Aᵀ beside the words only where they can be read: a small
   * figure of wide numbers leaves them out rather than cramming them */
  if (side.height >= 7 * theme->font_size * theme->scale &&
      side.width >= 9 * theme->font_size * theme->scale)
    draw_flip_result (self, cr, theme, side);
  if (self->symmetric)
    {
      cairo_save (cr);
      dlm_theme_set_color (cr, &theme->highlight);
      cairo_set_line_width (cr, 2 * dlm_theme_px (theme, theme->line_width));
      cairo_rectangle (cr, self->stage.x, self->stage.y, self->stage.width, self->stage.height);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}
