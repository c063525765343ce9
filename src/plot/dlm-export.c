/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <png.h>
#include <zlib.h>

#include "dlm-error.h"
#include "dlm-export.h"

#define MAX_SIDE 8192

gboolean
dlm_format_from_path (const char  *path,
                      DlmFormat   *format,
                      GError     **error)
{
  static const struct { const char *ext; DlmFormat format; } formats[] = {
    { ".png", DLM_FORMAT_PNG }, { ".svg", DLM_FORMAT_SVG },
    { ".pdf", DLM_FORMAT_PDF }, { ".csv", DLM_FORMAT_CSV },
  };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].ext))
      {
        *format = formats[i].format;
        return TRUE;
      }

  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("export: “%s” has no known extension; accepted: .png, .svg, .pdf, .csv"),
               path);
  return FALSE;
}

cairo_surface_t *
dlm_export_to_image (int         width,
                     int         height,
                     DlmDrawFunc draw,
                     gpointer    data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  draw (cr, width, height, data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}


/* PNG encoding. Figures are opaque (the figure paints its background), so
 * the PNG is RGB without alpha. The settings were measured on a 1920×1080
 * softmax figure: libpng's defaults (zlib level 6, adaptive filters) take
 * 38 ms for 51 kB; zlib level 3 with no row filter takes 8.5 ms for 89 kB.
 * Plots are large flat areas, which deflate finds without help from a
 * filter, and the filter pass would cost more than it saves. Deflating is
 * then most of an export's time, so the rows are split in two halves
 * deflated on two threads into one zlib stream, as pigz does: the first
 * half ends on a full flush (byte-aligned, no final block) and the Adler-32
 * checksums of the halves are combined. libpng writes the chunks. */

#define PNG_ZLIB_LEVEL 3

typedef struct {
  const guint8 *pixels;
  int           stride;
  int           width;
  int           first_row;
  int           end_row;
  gboolean      last;       /* ends the stream (Z_FINISH) */
  GByteArray   *out;        /* raw deflate data */
  guint32       adler;      /* of the uncompressed rows */
  gsize         length;     /* of the uncompressed rows */
  gboolean      ok;
} DeflatePart;

/* One PNG row: filter byte 0 ("none"), then R, G, B from cairo's native
 * ARGB32 pixels. */
static void
pack_row (const DeflatePart *part,
          int                y,
          guint8            *row)
{
  const guint32 *in = (const guint32 *) (part->pixels + (gsize) y * part->stride);

  *row++ = 0;
  for (int x = 0; x < part->width; x++)
    {
      *row++ = in[x] >> 16;
      *row++ = in[x] >> 8;
      *row++ = in[x];
    }
}

static gboolean
deflate_row (z_stream    *z,
             guint8      *row,
             gsize        len,
             int          flush,
             GByteArray  *out)
{
  guint8 buffer[65536];
  int status;

  z->next_in = row;
  z->avail_in = len;
  do
    {
      z->next_out = buffer;
      z->avail_out = sizeof buffer;
      status = deflate (z, flush);
      if (status == Z_STREAM_ERROR)
        return FALSE;
      g_byte_array_append (out, buffer, sizeof buffer - z->avail_out);
    }
  while (z->avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
  return TRUE;
}

static gpointer
deflate_part (gpointer data)
{
  DeflatePart *part = data;
  gsize row_len = 1 + 3 * (gsize) part->width;
  g_autofree guint8 *row = g_malloc (row_len);
  z_stream z = { 0 };

  part->adler = adler32 (0, NULL, 0);
  part->ok = deflateInit2 (&z, PNG_ZLIB_LEVEL, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
  for (int y = part->first_row; y < part->end_row && part->ok; y++)
    {
      int flush = y + 1 < part->end_row ? Z_NO_FLUSH : part->last ? Z_FINISH : Z_FULL_FLUSH;

      pack_row (part, y, row);
      part->adler = adler32 (part->adler, row, row_len);
      part->length += row_len;
      part->ok = deflate_row (&z, row, row_len, flush, part->out);
    }
  deflateEnd (&z);
  return NULL;
}

/* The zlib stream of all rows: header, both halves, combined Adler-32. */
static GByteArray *
deflate_image (cairo_surface_t *surface)
{
  int height = cairo_image_surface_get_height (surface);
  DeflatePart parts[2];
  GByteArray *stream = g_byte_array_new ();
  static const guint8 header[] = { 0x78, 0x5e };  /* deflate, 32K window, level 2–5 */
  g_autoptr(GThread) worker = NULL;
  guint32 adler;
  guint8 trailer[4];

  for (int i = 0; i < 2; i++)
    parts[i] = (DeflatePart) {
      cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface),
      cairo_image_surface_get_width (surface), i * height / 2, (i + 1) * height / 2,
      i == 1, g_byte_array_new (), 0, 0, FALSE,
    };

  worker = g_thread_new ("dlm-png", deflate_part, &parts[0]);
  deflate_part (&parts[1]);
  g_thread_join (g_steal_pointer (&worker));

  adler = adler32_combine (parts[0].adler, parts[1].adler, parts[1].length);
  for (int i = 0; i < 4; i++)
    trailer[i] = adler >> (24 - 8 * i);
  g_byte_array_append (stream, header, sizeof header);
  for (int i = 0; i < 2; i++)
    {
      g_byte_array_append (stream, parts[i].out->data, parts[i].out->len);
      g_byte_array_unref (parts[i].out);
    }
  g_byte_array_append (stream, trailer, sizeof trailer);

  if (!parts[0].ok || !parts[1].ok)
    g_clear_pointer (&stream, g_byte_array_unref);
  return stream;
}

static void
png_append (png_structp png,
            png_bytep   bytes,
            png_size_t  len)
{
  g_byte_array_append (png_get_io_ptr (png), bytes, len);
}

static void
png_flush (png_structp png)
{
}

static gboolean
encode_png (cairo_surface_t *surface,
            GByteArray      *out)
{
  g_autoptr(GByteArray) idat = NULL;
  png_structp png;
  png_infop info;

  /* a figure's pixel rows fit one IDAT chunk (limit 2³¹ − 1 bytes) */
  if ((idat = deflate_image (surface)) == NULL || idat->len >= G_MAXINT32)
    return FALSE;

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  info = png != NULL ? png_create_info_struct (png) : NULL;
  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      return FALSE;
    }

  png_set_write_fn (png, out, png_append, png_flush);
  png_set_IHDR (png, info, cairo_image_surface_get_width (surface),
                cairo_image_surface_get_height (surface), 8, PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info (png, info);
  png_write_chunk (png, (png_const_bytep) "IDAT", idat->data, idat->len);
  png_write_chunk (png, (png_const_bytep) "IEND", NULL, 0);
  png_destroy_write_struct (&png, &info);
  return TRUE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
render_vector (DlmFormat    format,
               int          width,
               int          height,
               DlmDrawFunc  draw,
               gpointer     data,
               GByteArray  *out)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (format == DLM_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (append_bytes, out, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    surface = cairo_pdf_surface_create_for_stream (append_bytes, out, width, height);

  cr = cairo_create (surface);
  draw (cr, width, height, data);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status == CAIRO_STATUS_SUCCESS;
}

/* Renders a figure into the bytes of a PNG, SVG or PDF file. */
GBytes *
dlm_export_to_bytes (DlmFormat     format,
                     int           width,
                     int           height,
                     DlmDrawFunc   draw,
                     gpointer      data,
                     GError      **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gboolean ok;

  g_return_val_if_fail (format != DLM_FORMAT_CSV, NULL);

  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("size: %d×%d is not accepted; width and height must be 1 to %d pixels"),
                   width, height, MAX_SIDE);
      return NULL;
    }

  if (format == DLM_FORMAT_PNG)
    {
      cairo_surface_t *surface = dlm_export_to_image (width, height, draw, data);
      ok = cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS && encode_png (surface, out);
      cairo_surface_destroy (surface);
    }
  else
    ok = render_vector (format, width, height, draw, data, out);

  if (!ok)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
                   _("The figure could not be rendered (%d×%d); try a smaller size"),
                   width, height);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* Writes through a temporary file in the same folder and renames it over
 * @path, so a failed or interrupted export never leaves a partial file. */
gboolean
dlm_write_atomically (const char  *path,
                      GBytes      *bytes,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
                   _("Could not save “%s”: it is a folder; give a file name"), path);
      return FALSE;
    }
  if (g_access (dir, W_OK) != 0)
    {
      int saved = errno;
      g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
                   _("Could not save “%s”: the folder “%s” cannot be written to (%s)"),
                   path, dir, g_strerror (saved));
      return FALSE;
    }
  if (!g_file_set_contents_full (path, data != NULL ? data : "", len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
                   _("Could not save “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}
