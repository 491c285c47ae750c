let pop stack = assert (List.length stack); List.tl stack
