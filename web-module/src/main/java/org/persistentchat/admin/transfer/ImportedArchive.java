package org.persistentchat.admin.transfer;

import java.util.List;
import org.persistentchat.admin.transfer.Archive.AddinEntry;
import org.persistentchat.admin.transfer.Archive.CategoryEntry;
import org.persistentchat.admin.transfer.Archive.MessageEntry;
import org.persistentchat.admin.transfer.Archive.PrincipalEntry;
import org.persistentchat.admin.transfer.Archive.RoomEntry;

/** An uploaded archive, parsed; entries the archive lacks are empty lists. */
public record ImportedArchive(List<PrincipalEntry> principals, List<AddinEntry> addins,
    List<CategoryEntry> categories, List<RoomEntry> rooms, List<MessageEntry> messages) {}
