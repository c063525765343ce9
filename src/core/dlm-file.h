/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reading a file the user named, whatever is there. Only a regular file is
 * read: opening a FIFO with no writer returns at once (O_NONBLOCK), a
 * terminal does not become ours (O_NOCTTY), and a FIFO, a device or a
 * folder is refused without a byte read, since a pipe or a device can be
 * endless. At most @max_bytes bytes are read whatever the file claims (a
 * file in /proc says 0 bytes; a file can grow meanwhile); a bigger file is
 * refused. Errors are DLM_ERROR_INVALID (cannot be read, not a regular
 * file) and DLM_ERROR_TOO_LARGE; their messages quote the file with
 * dlm_quote_path() and name no field: "cannot read “x.csv” (No such file or
 * directory)", "“x.csv” is not a regular file", "“x.csv” is larger than
 * 64 MB". A caller puts its field in front. */
GBytes  *dlm_file_read      (const char  *path,
                             gsize        max_bytes,
                             GError     **error);

/* The same for an open descriptor that may be a pipe (standard input),
 * read to its end or to @max_bytes + 1; @name is what messages call it,
 * unquoted: "standard input is larger than 64 MB". */
GBytes  *dlm_file_read_fd   (int          fd,
                             const char  *name,
                             gsize        max_bytes,
                             GError     **error);

G_END_DECLS
