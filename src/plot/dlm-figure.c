/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"

#include "config.h"

#include "dlm-plot.h"

double
dlm_theme_px (const DlmTheme *theme,
              double          px)
{
  return px * theme->scale;
}

guint
dlm_layout_count (double x,
                  guint  most)
{
  if (!(x > 0))
    return 0;
  return x >= most ? most : (guint) x;
}

/* Paints the background, draws the figure title and returns the area left
 * for panels, inside a margin. */
DlmRect
dlm_figure_begin (cairo_t        *cr,
                  const DlmTheme *theme,
                  double          width,
                  double          height,
                  const char     *title)
{
  double margin = dlm_theme_px (theme, 20);
  DlmRect area = { margin, margin, width - 2 * margin, height - 2 * margin };

  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);

  if (title != NULL && *title != '\0')
    {
      double h;

      dlm_text_size (cr, theme, DLM_TEXT_TITLE, title, NULL, &h);
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_TITLE, NULL, area.x, area.y,
                            DLM_ANCHOR_NORTH_WEST, area.width, title);
      area.y += h + dlm_theme_px (theme, 12);
      area.height -= h + dlm_theme_px (theme, 12);
    }

  area.width = MAX (area.width, 1);
  area.height = MAX (area.height, 1);
  return area;
}

/* dlm_figure_begin() for a figure that carries a notice (Pango markup,
 * see dlm_figure_notice() for what one says): at the right end of the
 * title's line when both fit there at full size, else right under the
 * title, and the area returned starts below both, so that neither the
 * title nor a panel runs under the notice at any size or theme. */
DlmRect
dlm_figure_begin_noticed (cairo_t        *cr,
                          const DlmTheme *theme,
                          double          width,
                          double          height,
                          const char     *title,
                          const char     *notice)
{
  double margin = dlm_theme_px (theme, 20), gap = dlm_theme_px (theme, 24);
  double title_w = 0, w, h, top, below;
  DlmRect area;

  if (notice == NULL || *notice == '\0')
    return dlm_figure_begin (cr, theme, width, height, title);
  if (title != NULL && *title != '\0')
    dlm_text_size (cr, theme, DLM_TEXT_TITLE, title, &title_w, NULL);
  dlm_text_boxed_size (cr, theme, DLM_TEXT_SMALL, notice, width - 2 * margin, &w, &h);
  area = dlm_figure_begin (cr, theme, width, height, title);
  top = title_w + gap + w <= width - 2 * margin ? margin : area.y;
  dlm_text_draw_boxed (cr, theme, DLM_TEXT_SMALL, width - margin, top, DLM_ANCHOR_NORTH_EAST,
                       width - 2 * margin, notice);
  below = MAX (top + h + dlm_theme_px (theme, 12) - area.y, 0);
  area.y += below;
  area.height = MAX (area.height - below, 1);
  return area;
}

/* A notice in the top-right corner of the figure, beside the title: how the
 * input was read when it was not taken exactly as given (labels that do not
 * match the values, a distribution that was normalised, …). It travels with
 * every export, so the figure never hides an adjustment. Drawn over what
 * is there: dlm_figure_begin_noticed() makes room for one instead. */
void
dlm_figure_notice (cairo_t        *cr,
                   const DlmTheme *theme,
                   double          width,
                   const char     *markup)
{
  double margin = dlm_theme_px (theme, 20);

  dlm_text_draw_boxed (cr, theme, DLM_TEXT_SMALL, width - margin, margin,
                       DLM_ANCHOR_NORTH_EAST, width / 2, markup);
}

DlmRect
dlm_rect_column (DlmRect rect,
                 guint   n_columns,
                 guint   index,
                 double  gap)
{
  double w = (rect.width - gap * (n_columns - 1)) / n_columns;

  g_return_val_if_fail (index < n_columns, rect);

  rect.x += index * (w + gap);
  rect.width = MAX (w, 1);
  return rect;
}

DlmRect
dlm_rect_row (DlmRect rect,
              guint   n_rows,
              guint   index,
              double  gap)
{
  double h = (rect.height - gap * (n_rows - 1)) / n_rows;

  g_return_val_if_fail (index < n_rows, rect);

  rect.y += index * (h + gap);
  rect.height = MAX (h, 1);
  return rect;
}
