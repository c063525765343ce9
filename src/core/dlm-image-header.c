/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-image-header.h"

/* Pure byte reading, no decoder: what tells an image file apart before a
 * single pixel is decoded (and what the fuzzer drives). */

static const guint8 png_magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
static const guint8 jpeg_magic[] = { 0xff, 0xd8, 0xff };

/* What the bytes of a file say before any pixel is decoded. */
typedef enum {
  SHAPE_COMPLETE,
  SHAPE_NOT_IMAGE,
  SHAPE_TOO_LARGE,
  SHAPE_CUT_SHORT,
} Shape;

void
dlm_image_set_error (GError     **error,
                     int          code,
                     const char  *field,
                     const char  *what)
{
  g_set_error (error, DLM_ERROR, code,
               /* TRANSLATORS: "image: cannot read “x.png” (No such file);
                * accepted: ..."; "landscape" is a name to type, keep it */
               _("%s: %s; accepted: a PNG or JPEG file, or the built-in picture “landscape”"),
               field, what);
}

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static guint
read_be16 (const guint8 *p)
{
  return (guint) p[0] << 8 | p[1];
}

static Shape
check_sides (const DlmImageHeader *header)
{
  if (header->width == 0 || header->height == 0)
    return SHAPE_NOT_IMAGE;
  if (header->width > DLM_IMAGE_MAX_SIDE || header->height > DLM_IMAGE_MAX_SIDE)
    return SHAPE_TOO_LARGE;
  return SHAPE_COMPLETE;
}

/* IHDR is the first chunk; then chunk by chunk to IEND, which a file cut
 * short lacks (gdk-pixbuf would draw its missing rows as a flat band). */
static Shape
walk_png (const guint8   *data,
          gsize           size,
          DlmImageHeader *header)
{
  gsize pos = sizeof png_magic + 8 + 13 + 4;
  Shape shape;

  if (size < pos)
    return SHAPE_CUT_SHORT;
  if (read_be32 (data + 8) != 13 || memcmp (data + 12, "IHDR", 4) != 0)
    return SHAPE_NOT_IMAGE;
  header->format = "png";
  header->width = read_be32 (data + 16);
  header->height = read_be32 (data + 20);
  if ((shape = check_sides (header)) != SHAPE_COMPLETE)
    return shape;
  while (size - pos >= 12)
    {
      guint32 length = read_be32 (data + pos);

      if (memcmp (data + pos + 4, "IEND", 4) == 0)
        return SHAPE_COMPLETE;
      if (length > G_MAXINT32)
        return SHAPE_NOT_IMAGE;
      if (length > size - pos - 12)
        return SHAPE_CUT_SHORT;
      pos += 12 + length;
    }
  return SHAPE_CUT_SHORT;
}

static gboolean
is_jpeg_frame_marker (guint8 marker)
{
  /* SOF0 to SOF15, less DHT, JPG and DAC, which share the range */
  return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

/* A complete JPEG has an end-of-image marker after its first scan: inside
 * the entropy-coded data a 0xFF byte is always followed by 0x00 or a
 * restart marker, never by 0xD9. */
static Shape
find_jpeg_end (const guint8 *data,
               gsize         size,
               gsize         pos)
{
  for (const guint8 *p; pos < size && (p = memchr (data + pos, 0xff, size - pos)); )
    {
      pos = p - data + 1;
      if (pos < size && data[pos] == 0xd9)
        return SHAPE_COMPLETE;
    }
  return SHAPE_CUT_SHORT;
}

/* Segment by segment from the start-of-image marker: the frame header
 * gives the size, the first scan starts the pixel data. */
static Shape
walk_jpeg (const guint8   *data,
           gsize           size,
           DlmImageHeader *header)
{
  gsize pos = 2;

  while (pos < size && data[pos] == 0xff)
    {
      guint8 marker;
      gsize length;

      while (pos < size && data[pos] == 0xff)
        pos++;
      if (size - pos < 3)
        return SHAPE_CUT_SHORT;
      marker = data[pos];
      /* TEM and restart markers stand alone, with no length */
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
        {
          pos++;
          continue;
        }
      if (marker == 0x00 || marker == 0xd8 || marker == 0xd9 || (length = read_be16 (data + pos + 1)) < 2)
        return SHAPE_NOT_IMAGE;
      if (length > size - pos - 1)
        return SHAPE_CUT_SHORT;
      if (is_jpeg_frame_marker (marker) && header->format == NULL)
        {
          Shape shape;

          if (length < 8)
            return SHAPE_NOT_IMAGE;
          header->format = "jpeg";
          header->height = read_be16 (data + pos + 4);
          header->width = read_be16 (data + pos + 6);
          if ((shape = check_sides (header)) != SHAPE_COMPLETE)
            return shape;
        }
      if (marker == 0xda)
        return header->format != NULL ? find_jpeg_end (data, size, pos + 1 + length) : SHAPE_NOT_IMAGE;
      pos += 1 + length;
    }
  return pos < size ? SHAPE_NOT_IMAGE : SHAPE_CUT_SHORT;
}

static void
set_header_error (GError              **error,
                  Shape                 shape,
                  const char           *field,
                  const char           *source,
                  const DlmImageHeader *header)
{
  g_autofree char *what = NULL, *shown = NULL;

  /* a path of any length and encoding, quoted as every message quotes */
  shown = dlm_quote_path (source);
  if (shape == SHAPE_TOO_LARGE)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("%s: “%s” is %u × %u pixels; accepted: at most %u × %u pixels"),
                   field, shown, header->width, header->height,
                   DLM_IMAGE_MAX_SIDE, DLM_IMAGE_MAX_SIDE);
      return;
    }
  if (shape == SHAPE_CUT_SHORT)
    what = g_strdup_printf (_("“%s” is cut short: the file ends before the image does"), shown);
  else
    what = g_strdup_printf (_("“%s” is not a PNG or JPEG image"), shown);
  dlm_image_set_error (error, DLM_ERROR_INVALID, field, what);
}

gboolean
dlm_image_read_header (const char      *field,
                       const char      *source,
                       const guint8    *data,
                       gsize            size,
                       DlmImageHeader  *header,
                       GError         **error)
{
  DlmImageHeader found = { NULL, 0, 0 };
  Shape shape = SHAPE_NOT_IMAGE;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);

  if (size >= sizeof png_magic && memcmp (data, png_magic, sizeof png_magic) == 0)
    shape = walk_png (data, size, &found);
  else if (size >= sizeof jpeg_magic && memcmp (data, jpeg_magic, sizeof jpeg_magic) == 0)
    shape = walk_jpeg (data, size, &found);
  if (shape != SHAPE_COMPLETE)
    {
      set_header_error (error, shape, field, source, &found);
      return FALSE;
    }
  if (header != NULL)
    *header = found;
  return TRUE;
}
