/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pango.h>

#include "dlm-layout.h"

/* How far two boxes may run into each other before it counts: antialiased
 * edges of neighbouring glyphs touch without anyone seeing a collision. */
#define OVERLAP_PX 1.0
#define OUTSIDE_PX 1.0

struct _DlmLayoutLog
{
  double  width, height;
  GArray *items;             /* DlmLayoutItem */
  GArray *bounds;            /* DlmRect stack, device px */
  cairo_surface_t *surface;  /* what the figure is drawn on, when readable */
};

static const cairo_user_data_key_t log_key;

static void
item_clear (gpointer data)
{
  DlmLayoutItem *item = data;

  g_free (item->text);
  g_free (item->snapshot);
}

DlmLayoutLog *
dlm_layout_log_new (double width,
                    double height)
{
  DlmLayoutLog *log = g_new0 (DlmLayoutLog, 1);

  log->width = width;
  log->height = height;
  log->items = g_array_new (FALSE, TRUE, sizeof (DlmLayoutItem));
  g_array_set_clear_func (log->items, item_clear);
  log->bounds = g_array_new (FALSE, TRUE, sizeof (DlmRect));
  return log;
}

void
dlm_layout_log_free (DlmLayoutLog *log)
{
  if (log == NULL)
    return;
  g_array_unref (log->items);
  g_array_unref (log->bounds);
  g_clear_pointer (&log->surface, cairo_surface_destroy);
  g_free (log);
}

/* The log is not owned by @cr: it must outlive the drawing. */
void
dlm_layout_log_attach (DlmLayoutLog *log,
                       cairo_t      *cr)
{
  g_return_if_fail (log != NULL);
  g_return_if_fail (cr != NULL);

  cairo_set_user_data (cr, &log_key, log, NULL);
  g_clear_pointer (&log->surface, cairo_surface_destroy);
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE &&
      cairo_image_surface_get_format (cairo_get_target (cr)) == CAIRO_FORMAT_ARGB32)
    log->surface = cairo_surface_reference (cairo_get_target (cr));
}

guint
dlm_layout_log_get_n_items (DlmLayoutLog *log)
{
  g_return_val_if_fail (log != NULL, 0);
  return log->items->len;
}

const DlmLayoutItem *
dlm_layout_log_get_item (DlmLayoutLog *log,
                         guint         index)
{
  g_return_val_if_fail (log != NULL, NULL);
  g_return_val_if_fail (index < log->items->len, NULL);
  return &g_array_index (log->items, DlmLayoutItem, index);
}

static DlmLayoutLog *
get_log (cairo_t *cr)
{
  return cairo_get_user_data (cr, &log_key);
}

gboolean
dlm_layout_is_logging (cairo_t *cr)
{
  return get_log (cr) != NULL;
}

/* The device-space bounding box of a user-space rectangle. */
static DlmRect
to_device (cairo_t *cr,
           double   x,
           double   y,
           double   width,
           double   height)
{
  double xs[] = { x, x + width, x, x + width };
  double ys[] = { y, y, y + height, y + height };
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;

  for (guint i = 0; i < 4; i++)
    {
      cairo_user_to_device (cr, &xs[i], &ys[i]);
      x0 = MIN (x0, xs[i]);
      y0 = MIN (y0, ys[i]);
      x1 = MAX (x1, xs[i]);
      y1 = MAX (y1, ys[i]);
    }
  return (DlmRect) { x0, y0, x1 - x0, y1 - y0 };
}

static void
to_device_quad (cairo_t *cr,
                double   x,
                double   y,
                double   width,
                double   height,
                double   quad[8])
{
  const double corners[] = { x, y, x + width, y, x + width, y + height, x, y + height };

  for (guint i = 0; i < 8; i += 2)
    {
      quad[i] = corners[i];
      quad[i + 1] = corners[i + 1];
      cairo_user_to_device (cr, &quad[i], &quad[i + 1]);
    }
}

static DlmRect
clip_extents (cairo_t *cr)
{
  double x0, y0, x1, y1;

  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  return to_device (cr, x0, y0, x1 - x0, y1 - y0);
}

static DlmRect
current_bounds (DlmLayoutLog *log)
{
  if (log->bounds->len == 0)
    return (DlmRect) { 0, 0, log->width, log->height };
  return g_array_index (log->bounds, DlmRect, log->bounds->len - 1);
}

/* The colour most of @box shows in the surface being drawn on, before the
 * text goes on it: what the text must stand out from. Transparent when the
 * surface cannot be read. */
static DlmColor
read_backdrop (cairo_t       *cr,
               const DlmRect *box)
{
  cairo_surface_t *surface = cairo_get_group_target (cr);
  g_autoptr(GHashTable) counts = NULL;
  double ox, oy;
  int x0, y0, x1, y1, stride;
  guint32 best = 0;
  guint best_count = 0;
  const guchar *data;

  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_IMAGE ||
      cairo_image_surface_get_format (surface) != CAIRO_FORMAT_ARGB32)
    return (DlmColor) { 0, 0, 0, 0 };

  cairo_surface_flush (surface);
  cairo_surface_get_device_offset (surface, &ox, &oy);
  x0 = CLAMP ((int) floor (box->x + ox), 0, cairo_image_surface_get_width (surface));
  y0 = CLAMP ((int) floor (box->y + oy), 0, cairo_image_surface_get_height (surface));
  x1 = CLAMP ((int) ceil (box->x + box->width + ox), 0, cairo_image_surface_get_width (surface));
  y1 = CLAMP ((int) ceil (box->y + box->height + oy), 0, cairo_image_surface_get_height (surface));
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  counts = g_hash_table_new (NULL, NULL);

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + x * 4);
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (px))) + 1;

        g_hash_table_insert (counts, GUINT_TO_POINTER (px), GUINT_TO_POINTER (n));
        if (n > best_count)
          {
            best = px;
            best_count = n;
          }
      }

  if (best_count == 0 || (best >> 24) == 0)
    return (DlmColor) { 0, 0, 0, 0 };
  /* premultiplied ARGB */
  {
    double a = (best >> 24) / 255.0;
    return (DlmColor) { ((best >> 16) & 0xff) / 255.0 / a, ((best >> 8) & 0xff) / 255.0 / a,
                        (best & 0xff) / 255.0 / a, a };
  }
}

static char *
plain_text (const char *markup)
{
  char *text = NULL;

  if (!pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    return g_strdup (markup);
  return text;
}

/* Call before the text is drawn, so its backdrop can still be read. */
void
dlm_layout_note_text (cairo_t        *cr,
                      double          x,
                      double          y,
                      double          width,
                      double          height,
                      const DlmColor *color,
                      double          font_px,
                      gboolean        bold,
                      const char     *markup)
{
  DlmLayoutLog *log = get_log (cr);
  DlmLayoutItem item = { DLM_LAYOUT_TEXT };
  double dx = 1, dy = 0;

  if (log == NULL || width <= 0 || height <= 0)
    return;
  item.box = to_device (cr, x, y, width, height);
  to_device_quad (cr, x, y, width, height, item.quad);
  item.bounds = current_bounds (log);
  item.text = plain_text (markup);
  item.color = *color;
  item.backdrop = read_backdrop (cr, &item.box);
  item.clip = clip_extents (cr);
  cairo_user_to_device_distance (cr, &dx, &dy);
  item.font_px = font_px * hypot (dx, dy);
  item.bold = bold;
  g_array_append_val (log->items, item);
}

/* Pixels of @surface in the device box, clamped to the surface. */
static guint32 *
read_pixels (cairo_surface_t *surface,
             const DlmRect   *box,
             int             *x0,
             int             *y0,
             int             *w,
             int             *h)
{
  int sw = cairo_image_surface_get_width (surface), sh = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;
  guint32 *pixels;

  *x0 = CLAMP ((int) floor (box->x), 0, sw);
  *y0 = CLAMP ((int) floor (box->y), 0, sh);
  *w = CLAMP ((int) ceil (box->x + box->width), 0, sw) - *x0;
  *h = CLAMP ((int) ceil (box->y + box->height), 0, sh) - *y0;
  if (*w <= 0 || *h <= 0)
    return NULL;
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  pixels = g_new (guint32, (gsize) *w * *h);
  for (int y = 0; y < *h; y++)
    memcpy (pixels + (gsize) y * *w, data + (gsize) (*y0 + y) * stride + (gsize) *x0 * 4,
            (gsize) *w * 4);
  return pixels;
}

/* Call right after a noted text is drawn: keeps what its box looks like,
 * so the check can tell whether anything drawn later covers it. */
void
dlm_layout_text_drawn (cairo_t *cr)
{
  DlmLayoutLog *log = get_log (cr);
  DlmLayoutItem *item;

  if (log == NULL || log->surface == NULL || log->items->len == 0 ||
      cairo_get_group_target (cr) != log->surface)
    return;
  item = &g_array_index (log->items, DlmLayoutItem, log->items->len - 1);
  if (item->kind != DLM_LAYOUT_TEXT || item->snapshot != NULL)
    return;
  item->snapshot = read_pixels (log->surface, &item->box, &item->snap_x, &item->snap_y,
                                &item->snap_w, &item->snap_h);
}

/* For marks drawn over text on purpose (a stroke cancelling a number):
 * what every label looks like now is what it should look like. */
void
dlm_layout_accept_overlay (cairo_t *cr)
{
  DlmLayoutLog *log = get_log (cr);

  for (guint i = 0; log != NULL && log->surface != NULL && i < log->items->len; i++)
    {
      DlmLayoutItem *item = &g_array_index (log->items, DlmLayoutItem, i);

      if (item->snapshot == NULL)
        continue;
      g_free (item->snapshot);
      item->snapshot = read_pixels (log->surface, &item->box, &item->snap_x, &item->snap_y,
                                    &item->snap_w, &item->snap_h);
    }
}

void
dlm_layout_note_marker (cairo_t *cr,
                        double   x,
                        double   y,
                        double   radius)
{
  DlmLayoutLog *log = get_log (cr);
  DlmLayoutItem item = { DLM_LAYOUT_MARKER };

  if (log == NULL)
    return;
  item.box = to_device (cr, x - radius, y - radius, 2 * radius, 2 * radius);
  item.bounds = current_bounds (log);
  item.clip = clip_extents (cr);
  g_array_append_val (log->items, item);
}

/* A plate hides what is under it: the text it carries must be inside it,
 * any other text and any other plate clear of it. */
void
dlm_layout_note_plate (cairo_t *cr,
                       double   x,
                       double   y,
                       double   width,
                       double   height)
{
  DlmLayoutLog *log = get_log (cr);
  DlmLayoutItem item = { DLM_LAYOUT_PLATE };

  if (log == NULL)
    return;
  item.box = to_device (cr, x, y, width, height);
  to_device_quad (cr, x, y, width, height, item.quad);
  item.bounds = current_bounds (log);
  g_array_append_val (log->items, item);
}

/* Text the axes draw (ticks, titles, legends, callouts) must stay within
 * the axes' own rectangle; other text only within the canvas. */
void
dlm_layout_push_bounds (cairo_t       *cr,
                        const DlmRect *bounds)
{
  DlmLayoutLog *log = get_log (cr);

  if (log != NULL)
    {
      DlmRect r = to_device (cr, bounds->x, bounds->y, bounds->width, bounds->height);
      g_array_append_val (log->bounds, r);
    }
}

void
dlm_layout_pop_bounds (cairo_t *cr)
{
  DlmLayoutLog *log = get_log (cr);

  if (log != NULL && log->bounds->len > 0)
    g_array_set_size (log->bounds, log->bounds->len - 1);
}

/* ---- the check --------------------------------------------------------- */

static double
overlap (double a0, double a1, double b0, double b1)
{
  return MIN (a1, b1) - MAX (a0, b0);
}

/* How far two quads overlap when both are projected on the normal of the
 * edge from corner @i of @q: a separating axis when it is not positive. */
static double
overlap_on_axis (const double *q,
                 guint         i,
                 const double *a,
                 const double *b)
{
  double ex = q[(i + 2) % 8] - q[i], ey = q[(i + 3) % 8] - q[i + 1];
  double len = hypot (ex, ey), nx, ny;
  double a0 = INFINITY, a1 = -INFINITY, b0 = INFINITY, b1 = -INFINITY;

  if (len < 1e-9)
    return INFINITY;
  nx = -ey / len;
  ny = ex / len;
  for (guint k = 0; k < 8; k += 2)
    {
      double pa = a[k] * nx + a[k + 1] * ny, pb = b[k] * nx + b[k + 1] * ny;
      a0 = MIN (a0, pa);
      a1 = MAX (a1, pa);
      b0 = MIN (b0, pb);
      b1 = MAX (b1, pb);
    }
  return overlap (a0, a1, b0, b1);
}

/* Separating axes: two rectangles, however turned, collide when they
 * overlap by more than OVERLAP_PX along each of their edges' normals. */
static gboolean
items_collide (const DlmLayoutItem *a,
               const DlmLayoutItem *b)
{
  if (overlap (a->box.x, a->box.x + a->box.width, b->box.x, b->box.x + b->box.width) <= OVERLAP_PX ||
      overlap (a->box.y, a->box.y + a->box.height, b->box.y, b->box.y + b->box.height) <= OVERLAP_PX)
    return FALSE;
  for (guint i = 0; i < 4; i += 1)
    if (overlap_on_axis (a->quad, 2 * i, a->quad, b->quad) <= OVERLAP_PX ||
        overlap_on_axis (b->quad, 2 * i, a->quad, b->quad) <= OVERLAP_PX)
      return FALSE;
  return TRUE;
}

static gboolean
box_inside (const DlmRect *box,
            const DlmRect *outer,
            double         slack)
{
  return box->x >= outer->x - slack && box->y >= outer->y - slack &&
         box->x + box->width <= outer->x + outer->width + slack &&
         box->y + box->height <= outer->y + outer->height + slack;
}

static gboolean
same_item (const DlmLayoutItem *a,
           const DlmLayoutItem *b)
{
  return g_strcmp0 (a->text, b->text) == 0 &&
         fabs (a->box.x - b->box.x) < 0.5 && fabs (a->box.y - b->box.y) < 0.5;
}

static char *
describe_item (const DlmLayoutItem *item)
{
  if (item->kind == DLM_LAYOUT_PLATE)
    return g_strdup_printf ("label box at (%.0f, %.0f) %.0f×%.0f", item->box.x, item->box.y,
                            item->box.width, item->box.height);
  if (item->kind == DLM_LAYOUT_MARKER)
    return g_strdup_printf ("marker at (%.0f, %.0f)", item->box.x + item->box.width / 2,
                            item->box.y + item->box.height / 2);
  return g_strdup_printf ("“%s” at (%.0f, %.0f) %.0f×%.0f", item->text, item->box.x,
                          item->box.y, item->box.width, item->box.height);
}

/* WCAG 2 AA: 4.5:1, or 3:1 for large text (18 pt, or 14 pt bold). */
static void
check_contrast (const DlmLayoutItem *item,
                const char          *what,
                GPtrArray           *problems)
{
  gboolean large = item->font_px >= 24 || (item->bold && item->font_px >= 18.66);
  double needed = large ? 3.0 : 4.5, ratio;

  if (item->backdrop.alpha < 1)
    return;
  ratio = dlm_color_contrast (&item->color, &item->backdrop);
  if (ratio < needed)
    g_ptr_array_add (problems, g_strdup_printf ("%s has contrast %.2f:1 against its backdrop "
                                                "#%02x%02x%02x (needs %.1f:1)", what, ratio,
                                                (int) round (item->backdrop.red * 255),
                                                (int) round (item->backdrop.green * 255),
                                                (int) round (item->backdrop.blue * 255),
                                                needed));
}

/* "1.5e+07", "2e-3": a figure writes powers of ten as 10ⁿ. */
static gboolean
has_e_notation (const char *text)
{
  for (const char *p = text; p[0] != '\0' && p[1] != '\0'; p++)
    {
      const char *q = p + 2;

      if (!g_ascii_isdigit (p[0]) || p[1] != 'e')
        continue;
      if (*q == '+' || *q == '-')
        q++;
      if (g_ascii_isdigit (*q))
        return TRUE;
    }
  return FALSE;
}

static void
check_text (DlmLayoutLog        *log,
            guint                index,
            const DlmLayoutItem *item,
            GPtrArray           *problems)
{
  DlmRect canvas = { 0, 0, log->width, log->height };
  g_autofree char *what = describe_item (item);

  if (!box_inside (&item->box, &canvas, OUTSIDE_PX))
    g_ptr_array_add (problems, g_strdup_printf ("%s leaves the canvas", what));
  else if (!box_inside (&item->box, &item->clip, OUTSIDE_PX))
    g_ptr_array_add (problems, g_strdup_printf ("%s is cut by a clip", what));
  else if (!box_inside (&item->box, &item->bounds, OUTSIDE_PX))
    g_ptr_array_add (problems, g_strdup_printf ("%s leaves its panel (%.0f, %.0f) %.0f×%.0f",
                                                what, item->bounds.x, item->bounds.y,
                                                item->bounds.width, item->bounds.height));

  check_contrast (item, what, problems);
  if (has_e_notation (item->text))
    g_ptr_array_add (problems, g_strdup_printf ("%s uses e notation (write 10ⁿ)", what));

  for (guint j = index + 1; j < log->items->len; j++)
    {
      const DlmLayoutItem *other = &g_array_index (log->items, DlmLayoutItem, j);
      g_autofree char *other_what = NULL;

      if (other->kind != DLM_LAYOUT_TEXT || same_item (item, other) ||
          !items_collide (item, other))
        continue;
      other_what = describe_item (other);
      g_ptr_array_add (problems, g_strdup_printf ("%s overlaps %s", what, other_what));
    }
}

static void
check_plate (DlmLayoutLog        *log,
             guint                index,
             const DlmLayoutItem *plate,
             GPtrArray           *problems)
{
  for (guint j = 0; j < log->items->len; j++)
    {
      const DlmLayoutItem *other = &g_array_index (log->items, DlmLayoutItem, j);
      g_autofree char *what = NULL;
      g_autofree char *other_what = NULL;

      if (j == index || other->kind == DLM_LAYOUT_MARKER ||
          (other->kind == DLM_LAYOUT_PLATE && j < index) ||
          (other->kind == DLM_LAYOUT_TEXT && box_inside (&other->box, &plate->box, OUTSIDE_PX)) ||
          !items_collide (plate, other))
        continue;
      what = describe_item (plate);
      other_what = describe_item (other);
      g_ptr_array_add (problems, g_strdup_printf ("%s covers %s", what, other_what));
    }
}

static gboolean
pixels_differ (guint32 a,
               guint32 b)
{
  for (int shift = 0; shift < 32; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 40)
      return TRUE;
  return FALSE;
}

static guint32
premultiplied (const DlmColor *c)
{
  return (guint32) round (c->alpha * 255) << 24 |
         (guint32) round (c->red * c->alpha * 255) << 16 |
         (guint32) round (c->green * c->alpha * 255) << 8 |
         (guint32) round (c->blue * c->alpha * 255);
}

/* Text that something drawn after it (a box, a curve, another cell)
 * covers: more than a few per cent of its box changed since. */
static void
check_covered (DlmLayoutLog        *log,
               guint                index,
               const DlmLayoutItem *item,
               GPtrArray           *problems)
{
  g_autofree guint32 *now = NULL;
  DlmRect box = { item->snap_x, item->snap_y, item->snap_w, item->snap_h };
  int x0, y0, w, h;
  guint changed = 0, ink = 0;
  guint32 backdrop;

  if (item->snapshot == NULL || log->surface == NULL || item->backdrop.alpha < 1)
    return;
  /* drawn again in the same place later (a cell repainted): that one counts */
  for (guint j = index + 1; j < log->items->len; j++)
    if (same_item (item, &g_array_index (log->items, DlmLayoutItem, j)))
      return;
  now = read_pixels (log->surface, &box, &x0, &y0, &w, &h);
  if (now == NULL || w != item->snap_w || h != item->snap_h)
    return;
  /* only the glyphs count: the pixels that differ from the backdrop the
   * text was drawn on (a slanted label's box holds its neighbours too) */
  backdrop = premultiplied (&item->backdrop);
  for (gsize i = 0; i < (gsize) w * h; i++)
    if (pixels_differ (item->snapshot[i], backdrop))
      {
        ink++;
        changed += pixels_differ (now[i], item->snapshot[i]);
      }
  if (changed >= 4 && changed > 0.05 * ink)
    {
      g_autofree char *what = describe_item (item);
      g_ptr_array_add (problems, g_strdup_printf ("%s is covered by something drawn later "
                                                  "(%u of its %u glyph pixels changed)", what, changed, ink));
    }
}

/* A marker whose centre is visible must be visible whole. */
static void
check_marker (const DlmLayoutItem *item,
              GPtrArray           *problems)
{
  double cx = item->box.x + item->box.width / 2, cy = item->box.y + item->box.height / 2;
  const DlmRect *c = &item->clip;
  g_autofree char *what = NULL;

  if (cx < c->x || cx > c->x + c->width || cy < c->y || cy > c->y + c->height)
    return;
  if (box_inside (&item->box, c, OUTSIDE_PX))
    return;
  what = describe_item (item);
  g_ptr_array_add (problems, g_strdup_printf ("%s is clipped", what));
}

/**
 * dlm_layout_log_check:
 *
 * Returns: (transfer full): one sentence per problem found (overlapping
 *   text, text outside the canvas or its panel, a clipped marker); empty
 *   when the layout is clean
 */
GPtrArray *
dlm_layout_log_check (DlmLayoutLog *log)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (log != NULL, problems);

  for (guint i = 0; i < log->items->len; i++)
    {
      const DlmLayoutItem *item = &g_array_index (log->items, DlmLayoutItem, i);

      if (item->kind == DLM_LAYOUT_TEXT)
        {
          check_text (log, i, item, problems);
          check_covered (log, i, item, problems);
        }
      else if (item->kind == DLM_LAYOUT_PLATE)
        check_plate (log, i, item, problems);
      else
        check_marker (item, problems);
    }
  return problems;
}
