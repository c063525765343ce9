/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-fuzz"

#include "config.h"

#include <string.h>

#include "dlm-error.h"
#include "dlm-image-header.h"

/* libFuzzer target for dlm_image_read_header, the check every image file
 * passes before a decoder sees it. Any bytes must either give a PNG or JPEG
 * header whose magic bytes match its format and whose sides are 1 to
 * DLM_IMAGE_MAX_SIDE, or a DLM_ERROR whose message names the field in valid
 * UTF-8; nothing is read outside the buffer (ASan sees to that). */

#define FIELD "image"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  /* a copy of exactly @size bytes, so a read one past the end is caught */
  g_autofree guint8 *bytes = g_memdup2 (data, size);
  g_autoptr(GError) error = NULL;
  DlmImageHeader header = { NULL, 0, 0 };

  if (!dlm_image_read_header (FIELD, "fuzz.png", bytes, size, &header, &error))
    {
      g_assert_true (error != NULL && error->domain == DLM_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_true (g_str_has_prefix (error->message, FIELD ": "));
      return 0;
    }
  g_assert_no_error (error);
  g_assert_true (header.width >= 1 && header.width <= DLM_IMAGE_MAX_SIDE);
  g_assert_true (header.height >= 1 && header.height <= DLM_IMAGE_MAX_SIDE);
  if (g_strcmp0 (header.format, "png") == 0)
    g_assert_true (size >= 8 && memcmp (bytes, "\x89PNG\r\n\x1a\n", 8) == 0);
  else
    g_assert_true (g_strcmp0 (header.format, "jpeg") == 0 && size >= 3 &&
                   memcmp (bytes, "\xff\xd8\xff", 3) == 0);
  return 0;
}
