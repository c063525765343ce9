/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest side of an image the datatypes topic takes. */
#define DLM_IMAGE_MAX_SIDE  4096

typedef struct {
  const char *format;  /* "png" or "jpeg" */
  guint       width, height;
} DlmImageHeader;

/* What the @size bytes of a whole PNG or JPEG file say, read before any
 * pixel is decoded: the type from the magic bytes, the size from the header
 * (IHDR, or the JPEG frame header), and that the file is complete (its PNG
 * chunks reach IEND; an end-of-image marker follows the first JPEG scan).
 * Errors name @field and @source: not a PNG or JPEG image, a side above
 * DLM_IMAGE_MAX_SIDE, a file cut short. */
gboolean  dlm_image_read_header (const char     *field,
                                 const char     *source,
                                 const guint8   *data,
                                 gsize           size,
                                 DlmImageHeader *header,
                                 GError        **error);

/* Sets "@field: @what; accepted: a PNG or JPEG file, or the built-in
 * picture “landscape”": every refusal of an image names what is accepted. */
void      dlm_image_set_error   (GError        **error,
                                 int             code,
                                 const char     *field,
                                 const char     *what);

G_END_DECLS
